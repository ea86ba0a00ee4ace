// `npm run redis:cluster [-- --masters 3 --replicas 1]`: a local Redis Cluster in the foreground until Ctrl-C.
// Point the stack at it with the printed REDIS_CLUSTER_NODES line (or use `npm start -- --cluster`, which starts its own).
import { parseArgs } from 'node:util';
import { startRedisCluster } from './lib/redis-cluster.mjs';

const { values } = parseArgs({
  options: { masters: { type: 'string', default: '3' }, replicas: { type: 'string', default: '0' }, 'node-timeout': { type: 'string', default: '2000' } },
});
const cluster = await startRedisCluster({
  masters: Number(values.masters),
  replicas: Number(values.replicas),
  nodeTimeoutMs: Number(values['node-timeout']),
  log: (line) => process.stdout.write(`${line}\n`),
});
process.stdout.write(`REDIS_CLUSTER_NODES=${cluster.nodes.join(',')}\nPress Ctrl-C to stop the cluster (its data is not kept).\n`);
const stop = async () => {
  await cluster.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
