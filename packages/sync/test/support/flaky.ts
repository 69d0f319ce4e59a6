/**
 * A transport between desktop and server that can fail the way networks do: unreachable, or
 * losing the server's answer after the server has acted on the request.
 */
import type { SyncRemote } from "../../src/index.js";
import type { Remote } from "./remote.js";

export interface Flaky {
  readonly remote: SyncRemote;
  /** Every call fails as if the network were down. */
  offline: boolean;
  /** Lose the answers of this many pushes, after the server has committed them. */
  loseAnswers: number;
  /** Runs before each push is sent (tests send extra copies through it). */
  beforePush: ((changes: Parameters<SyncRemote["sync"]["push"]["mutate"]>[0]) => Promise<void>) | null;
  pushes: number;
}

/** What a tRPC client throws when no answer arrives: an error without `data`. */
function unreachable(): Error {
  return new TypeError("fetch failed");
}

export function flaky(server: Remote): Flaky {
  const state: Flaky = {
    offline: false,
    loseAnswers: 0,
    beforePush: null,
    pushes: 0,
    remote: {
      sync: {
        snapshot: { query: (input) => (state.offline ? Promise.reject(unreachable()) : server.sync.snapshot.query(input)) },
        pull: { query: (input) => (state.offline ? Promise.reject(unreachable()) : server.sync.pull.query(input)) },
        push: {
          mutate: async (input) => {
            if (state.offline) throw unreachable();
            state.pushes++;
            await state.beforePush?.(input);
            const answer = await server.sync.push.mutate(input);
            if (state.loseAnswers > 0) {
              state.loseAnswers--;
              throw unreachable();
            }
            return answer;
          },
        },
      },
    },
  };
  return state;
}
