import { registerEnumType } from '@nestjs/graphql';

/** The kinds of signed-in users. The public (no token) reads published reference data. */
export enum Role {
  /** Acts for exactly one country: its own pledges, reports and practices. */
  FOCAL_POINT = 'FOCAL_POINT',
  /** UN Network on Migration secretariat: reads everything, validates, runs cycles and accounts. */
  SECRETARIAT = 'SECRETARIAT',
  /** Reads everything submitted or validated, runs exports; writes nothing. */
  ANALYST = 'ANALYST',
}

registerEnumType(Role, { name: 'Role', description: 'What a signed-in user may do.' });

export const ALL_ROLES: readonly Role[] = [Role.FOCAL_POINT, Role.SECRETARIAT, Role.ANALYST];
