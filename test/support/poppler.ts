// Debian's poppler-utils, which tests use to read a PDF back as a reader's software would (pdftotext,
// pdfinfo, pdffonts, pdftoppm). Under CI=true missing tools fail the run (.ci/run installs them); on a
// developer machine without them, the tests that read PDFs are skipped with a message saying how to install.

import { execFileSync } from 'node:child_process';

const TOOLS = ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'];

function found(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // Some of them print their version and exit non-zero; only a missing program is missing.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

const missing = TOOLS.filter((tool) => !found(tool));
export const hasPoppler = missing.length === 0;

if (!hasPoppler && process.env.CI === 'true') {
  throw new Error(
    `poppler-utils is required in CI but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (apt-get install -y poppler-utils).`,
  );
}
if (!hasPoppler) {
  console.warn(
    `PDF tests skipped: ${missing.join(', ')} not found. Install them with: apt-get install -y poppler-utils`,
  );
}
