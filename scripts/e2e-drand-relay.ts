// A local drand relay for the end-to-end tests (started by playwright.config.ts): it speaks
// drand's HTTP API and signs every round of the test chain whose time has come.
import { publicKeyOf, startRelay } from "../tests/support/drand-relay";
import { TEST_CHAIN, testChainSecret } from "../tests/support/test-chain";

async function main() {
  const port = Number(process.env.PORT ?? 3101);
  const secretKey = await testChainSecret();
  if (publicKeyOf(secretKey) !== TEST_CHAIN.publicKey) throw new Error("the test chain's key does not match its public key");
  const relay = await startRelay({ chain: TEST_CHAIN, secretKey, port });
  console.log(`drand test relay on ${relay.url}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
