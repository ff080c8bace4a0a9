import { Random } from "../../../src/domain/sample/random";

describe("Random (seeded mulberry32)", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = new Random(42);
    const b = new Random(42);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => new Random(43).next())).not.toEqual(first);
  });

  it("keeps numbers in range: next in [0, 1), int within both bounds", () => {
    const rng = new Random(1);
    const ints = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      ints.add(rng.int(3, 6));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it("picks by weight: a 0-weight entry never comes up, a 9:1 split lands near 90%", () => {
    const rng = new Random(5);
    let a = 0;
    for (let i = 0; i < 10_000; i++) {
      const v = rng.weighted([
        ["a", 9],
        ["b", 1],
        ["never", 0],
      ] as const);
      expect(v).not.toBe("never");
      if (v === "a") a++;
    }
    expect(a / 10_000).toBeGreaterThan(0.88);
    expect(a / 10_000).toBeLessThan(0.92);
  });

  it("samples distinct items and forks independent, reproducible streams", () => {
    const rng = new Random(9);
    const picked = rng.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(picked).size).toBe(3);
    expect(new Random(9).fork("x").next()).toBe(new Random(9).fork("x").next());
    expect(new Random(9).fork("x").next()).not.toBe(new Random(9).fork("y").next());
  });

  it("refuses to pick from nothing", () => {
    expect(() => new Random(1).pick([])).toThrow(/at least one/);
  });
});
