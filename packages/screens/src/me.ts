import { useQuery } from "@tanstack/react-query";
import { useApi } from "./api.js";
import { errorCode } from "./errors.js";
import { ME_KEY } from "./query-keys.js";

/** The signed-in user; null (not an error) when nobody is signed in, which shows the sign-in page. */
export function useMe() {
  const api = useApi();
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      try {
        return await api.auth.me.query();
      } catch (error) {
        if (errorCode(error) === "UNAUTHORIZED") return null;
        throw error;
      }
    },
  });
}
