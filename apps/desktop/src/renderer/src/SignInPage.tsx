import { useQueryClient } from "@tanstack/react-query";
import { LoginPage } from "@kontaktplan/screens/jobcentre";
import { desktop } from "./transport.js";
import { STATUS_KEY } from "./sync-status.js";

/**
 * Sign in on this machine. With a connection it signs in with the server too (needed the first
 * time, to download the caseload); without one it works when this caseworker has signed in here before.
 */
export function SignInPage() {
  const queryClient = useQueryClient();
  return (
    <LoginPage
      intro={<p>Skrivebordsappen til jobcentrets sagsbehandlere. Du kan arbejde uden forbindelse, når du har logget ind på denne computer én gang.</p>}
      signIn={async (input) => {
        const me = await desktop.signIn.mutate(input);
        await queryClient.invalidateQueries({ queryKey: STATUS_KEY });
        return me;
      }}
    />
  );
}
