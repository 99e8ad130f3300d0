import { graphql } from '../../graphql/graphql';

/** True while no account exists: the sign-in page points to the setup link, the setup page offers its form. */
export const SetupPendingQuery = graphql(`
  query SetupPending {
    setupPending
  }
`);
