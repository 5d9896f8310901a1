import { describe, expect, it } from 'vitest';
import type { Grant, Principal } from '../../../../server/domain/access/account';
import { belongsTo, mayActOn, removeGrant } from '../../../../server/domain/access/people';

const grant = (organizationId: string, role: Grant['role'], departmentIds: string[] = []): Grant => ({
  organizationId,
  role,
  departmentIds,
});

describe('removeGrant', () => {
  const grants = [
    grant('acme', 'executive'),
    grant('acme', 'department-head', ['sales']),
    grant('globex', 'executive'),
  ];
  it.each([
    {
      case: 'the role in that organization only',
      organizationId: 'acme',
      role: 'executive' as const,
      left: [grant('acme', 'department-head', ['sales']), grant('globex', 'executive')],
    },
    {
      case: 'a department head’s grant with its departments',
      organizationId: 'acme',
      role: 'department-head' as const,
      left: [grant('acme', 'executive'), grant('globex', 'executive')],
    },
    {
      case: 'nothing for a role not held there',
      organizationId: 'globex',
      role: 'consultant' as const,
      left: grants,
    },
  ])('takes away $case', ({ organizationId, role, left }) => {
    expect(removeGrant(grants, organizationId, role)).toEqual(left);
  });
});

describe('belongsTo', () => {
  it.each([
    { grants: [grant('acme', 'consultant')], organizationId: 'acme', belongs: true },
    { grants: [grant('globex', 'consultant')], organizationId: 'acme', belongs: false },
    { grants: [], organizationId: 'acme', belongs: false },
  ])('answers $belongs for $organizationId', ({ grants, organizationId, belongs }) => {
    expect(belongsTo(grants, organizationId)).toBe(belongs);
  });
});

describe('mayActOn', () => {
  const actor = (accountId: string, isOwner = false): Principal => ({
    accountId,
    name: 'Someone',
    email: `${accountId}@example.com`,
    isOwner,
    grants: [grant('acme', 'administrator')],
  });
  it.each([
    {
      case: 'an administrator on another person',
      who: actor('admin'),
      target: { id: 'pat', isOwner: false },
      may: true,
    },
    {
      case: 'an administrator on themselves',
      who: actor('admin'),
      target: { id: 'admin', isOwner: false },
      may: true,
    },
    {
      case: 'an administrator on the owner',
      who: actor('admin'),
      target: { id: 'olivia', isOwner: true },
      may: false,
    },
    {
      case: 'the owner on themselves',
      who: actor('olivia', true),
      target: { id: 'olivia', isOwner: true },
      may: true,
    },
    {
      case: 'the owner on anyone',
      who: actor('olivia', true),
      target: { id: 'pat', isOwner: false },
      may: true,
    },
  ])('answers $may for $case', ({ who, target, may }) => {
    expect(mayActOn(who, target)).toBe(may);
  });
});
