import { Role } from '../../common/auth/role.js';

/** Published in docs/operations.md ("Demo data"): for trying the product on the embedded database only. */
export const DEMO_PASSWORD = 'gcm-demo-password-2026';

export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role; country?: string }[] = [
  { email: 'secretariat@demo.gcm-tracker.example', displayName: 'Demo Secretariat (UN Network on Migration)', role: Role.SECRETARIAT },
  { email: 'analyst@demo.gcm-tracker.example', displayName: 'Demo Analyst', role: Role.ANALYST },
  { email: 'focal.mar@demo.gcm-tracker.example', displayName: 'Demo Focal Point, Morocco', role: Role.FOCAL_POINT, country: 'MAR' },
  { email: 'focal.mex@demo.gcm-tracker.example', displayName: 'Demo Focal Point, Mexico', role: Role.FOCAL_POINT, country: 'MEX' },
  { email: 'focal.phl@demo.gcm-tracker.example', displayName: 'Demo Focal Point, Philippines', role: Role.FOCAL_POINT, country: 'PHL' },
  { email: 'focal.prt@demo.gcm-tracker.example', displayName: 'Demo Focal Point, Portugal', role: Role.FOCAL_POINT, country: 'PRT' },
  { email: 'focal.ken@demo.gcm-tracker.example', displayName: 'Demo Focal Point, Kenya', role: Role.FOCAL_POINT, country: 'KEN' },
];
