// Real rounds of drand's scheme bls-unchained-g1-rfc9380, as drand published them: quicknet's
// round 1000 (League of Entropy mainnet), and round 38 of drand's "walkthrough" test chain (from
// the drand-client test suite). Public data, used as test vectors.
import { DRAND_QUICKNET, type ChainInfo } from "@/lib/lottery/beacon";

export const QUICKNET = DRAND_QUICKNET;

export const QUICKNET_1000 = {
  round: 1000,
  randomness: "fe290beca10872ef2fb164d2aa4442de4566183ec51c56ff3cd603d930e54fdd",
  signature: "b44679b9a59af2ec876b1a6b1ad52ea9b1615fc3982b19576350f93447cb1125e342b73a8dd2bacbe47e4b6b63ed5e39",
};

export const WALKTHROUGH: ChainInfo = {
  hash: "af8b6fc95693b058a3a59efe586eb31c2c352fe00cf40c62a427d87c34f7a235",
  publicKey: "81d320f220ee9c79e60e19dedc838c31e3ab919b15481e9feb52f643628c4f6a13fdc52129493875a818109d767272ca0541cbcdcea9335f2870d781b39b845ba8cbd44fdfe4967781cf72ca5917fc9398bcf97ca0548ed5a709016c4b1ff0f3",
  genesis: 1687506816,
  period: 3,
};

export const WALKTHROUGH_38 = {
  round: 38,
  randomness: "b2fc21325a24904a6a9e81a6c63f65f6cec3f0b2400df3f4a56b214770e9ccca",
  signature: "95c93585c513ebbcb4777ff15599b3140e5ec0295faa0e483f3deadd88fa6d43f0d3703e3a4ce106e8fd6c6987f32126",
};

/** A hex string with one digit changed (same length, still hex). */
export const flipHex = (hex: string, at: number) => hex.slice(0, at) + (hex[at] === "0" ? "1" : "0") + hex.slice(at + 1);
