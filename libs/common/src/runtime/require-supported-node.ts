// Imported first by every process's main.ts: an older runtime stops here, before any other module is evaluated.
import { isSupportedNode, unsupportedNodeMessage } from './supported-node.js';

if (!isSupportedNode(process.versions.node)) {
  process.stderr.write(`${unsupportedNodeMessage(process.version, process.execPath)}\n`);
  process.exit(1);
}
