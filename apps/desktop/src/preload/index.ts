/**
 * The sandboxed preload: the renderer gets one function, `kontaktplanIpc.fetch`, which carries a
 * tRPC HTTP request to the main process. Nothing of Node or Electron is exposed.
 */
import { contextBridge, ipcRenderer } from "electron";
import { FETCH_CHANNEL, type IpcBridge, type WireRequest } from "../shared/wire.js";

const bridge: IpcBridge = {
  fetch: (request: WireRequest) => ipcRenderer.invoke(FETCH_CHANNEL, request),
};

contextBridge.exposeInMainWorld("kontaktplanIpc", bridge);
