import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../graphql/graphql';
import { csrfToken } from '../lib/graphql-client';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      country
    }
  }
`);

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      expiresAt
      account {
        id
        email
        displayName
        role
        country
      }
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export interface SignedInAccount {
  id: string;
  email: string;
  displayName: string;
  role: 'ANALYST' | 'SECRETARIAT' | 'FOCAL_POINT';
  country: string | null;
}

interface SessionState {
  account: SignedInAccount | null;
  /** True while a session cookie is there and `me` has not answered yet: pages that need an account wait. */
  loading: boolean;
  /** Analysts and the secretariat may count submitted entries and download exports. */
  canAnalyse: boolean;
  signIn(email: string, password: string): Promise<{ ok: true } | { ok: false; message: string; code?: string }>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/**
 * Who is signed in. The session itself is an httpOnly cookie the page cannot read; the
 * readable CSRF cookie says a session may be open, and only then is `me` asked (an anonymous
 * visit makes no request for it).
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [hasCookie, setHasCookie] = useState(() => csrfToken() !== null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery, pause: !hasCookie });
  const [justSignedIn, setJustSignedIn] = useState<SignedInAccount | null>(null);
  const account = hasCookie ? ((data?.me as SignedInAccount | undefined) ?? justSignedIn) : null;
  const loading = hasCookie && !account && !error && (fetching || data === undefined);

  const signIn = useCallback<SessionState['signIn']>(
    async (email, password) => {
      const result = await client.mutation(SignInMutation, { email, password }).toPromise();
      if (result.error || !result.data) {
        const first = result.error?.graphQLErrors[0];
        return { ok: false, message: first?.message ?? result.error?.message ?? 'Sign-in failed', code: first?.extensions.code as string };
      }
      setJustSignedIn(result.data.signIn.account as SignedInAccount);
      setHasCookie(true);
      reexecute({ requestPolicy: 'network-only' });
      return { ok: true };
    },
    [client, reexecute],
  );

  const signOut = useCallback(async () => {
    await client.mutation(SignOutMutation, {}).toPromise();
    setJustSignedIn(null);
    setHasCookie(false);
    // Answers fetched while signed in (submitted entries) must not outlive the session.
    window.location.assign('/');
  }, [client]);

  const value = useMemo<SessionState>(
    () => ({ account, loading, canAnalyse: account?.role === 'ANALYST' || account?.role === 'SECRETARIAT', signIn, signOut }),
    [account, loading, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
