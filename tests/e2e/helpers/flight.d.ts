// The part of React's Flight client (as Next compiles it) that tests/e2e/helpers/server-actions.ts
// uses to encode an action's arguments as the browser does.
declare module "next/dist/compiled/react-server-dom-webpack/client.edge" {
  export function encodeReply(value: unknown): Promise<string | FormData>;
}
