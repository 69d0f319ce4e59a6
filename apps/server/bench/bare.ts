/**
 * The floor for overheadRatio: a bare `node:http` server in its own process answering every
 * request with the bytes (status, headers, body) given on stdin, as fast as Node can.
 * Prints its port on stdout.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

let input = "";
process.stdin.on("data", (chunk: Buffer) => (input += chunk.toString()));
process.stdin.on("end", () => {
  const { headers, body } = JSON.parse(input) as { headers: Record<string, string>; body: string };
  const server = createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  });
  server.listen(0, "127.0.0.1", () => process.stdout.write(`${(server.address() as AddressInfo).port}\n`));
});
