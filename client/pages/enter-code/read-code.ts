// What a respondent typed, as the code to open: letters and digits only, whatever the case, spaces or
// dashes; null when it cannot be one (ten letters and digits). The server reads look-alikes (O for 0, I
// or L for 1) and decides whether such a code exists.

export function readCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return /^[0-9A-Z]{10}$/.test(code) ? `${code.slice(0, 5)}-${code.slice(5)}` : null;
}
