import fc from "fast-check";
import { decimalsOf, matchesStated, parseNumber, roundTo, type NumberKind } from "../../src/core/numbers";
import { formatId } from "../../src/core/messages";

function num(input: unknown, kind: NumberKind = "value") {
  const p = parseNumber(input, kind, "A1");
  if (!p.ok) throw new Error(p.reason);
  return p;
}

describe("parseNumber", () => {
  test.each<[string, NumberKind, number, number]>([
    ["91.5", "value", 91.5, 1],
    ["93,85", "percent", 93.85, 2],
    ["10.599.350.000", "rupiah", 10599350000, 0],
    ["92,61%", "percent", 92.61, 2],
    ["Rp 10.903.497.000,-", "rupiah", 10903497000, 0],
    ["Rp. 10.097.306.301", "rupiah", 10097306301, 0],
    ["Rp 1.288.000,-", "rupiah", 1288000, 0],
    ["10.599.350.000,50", "rupiah", 10599350000.5, 2],
    ["10,599,350,000.50", "rupiah", 10599350000.5, 2],
    ["96.15 %", "percent", 96.15, 2],
    ["3,754", "index", 3.754, 3],
    ["93,853", "index", 93.853, 3],
    ["  7.658 ", "count", 7658, 0],
    ["-5,5", "value", -5.5, 1],
    ["(1.000)", "rupiah", -1000, 0],
    ["0", "value", 0, 0],
    [",5", "value", 0.5, 1],
  ])("%p as %s → %p with %p decimals", (text, kind, value, decimals) => {
    const p = num(text, kind);
    expect(p.value).toBeCloseTo(value, 9);
    expect(p.decimals).toBe(decimals);
    expect(p.fromText).toBe(true);
  });

  test("a single dot with three digits: thousands in a rupiah or count column, decimal elsewhere", () => {
    expect(num("1.288", "rupiah").value).toBe(1288);
    expect(num("1.288", "count").value).toBe(1288);
    expect(num("1.288", "percent").value).toBe(1.288);
    expect(num("1.288", "index").value).toBe(1.288);
    expect(num("1.288", "value").value).toBe(1.288);
    expect(num("1,288", "rupiah").value).toBe(1288);
    expect(num("1,288", "index").value).toBe(1.288);
  });

  test("numbers keep their value and report their decimals", () => {
    expect(num(102.51)).toMatchObject({ value: 102.51, decimals: 2, fromText: false });
    expect(num(100)).toMatchObject({ value: 100, decimals: 0 });
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(1.5e-7)).toBe(8);
  });

  test.each([
    ["", true],
    ["   ", true],
    [null, true],
    [undefined, true],
    ["abc", false],
    ["#N/A", false],
    ["#DIV/0!", false],
    ["1.2.3,4,5", false],
    ["12.34.567", false],
    ["1,2,3.4.5", false],
    ["Rp", false],
    ["%", false],
    [true, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])("%p is not a number (blank: %p), with a message naming the cell", (input, blank) => {
    const p = parseNumber(input, "value", "Sheet1!C7");
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.blank).toBe(blank);
      expect(p.reason).toContain("Sheet1!C7");
    }
  });

  test("an Excel error text gets its own message", () => {
    const p = parseNumber("#N/A", "value", "target");
    expect(!p.ok && p.reason).toMatch(/galat #N\/A/);
  });

  test("property: never throws on arbitrary strings, and a success is finite", () => {
    const kinds: NumberKind[] = ["rupiah", "percent", "index", "count", "value"];
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom(...kinds), (s, kind) => {
        const p = parseNumber(s, kind);
        if (p.ok) expect(Number.isFinite(p.value)).toBe(true);
        else expect(p.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  test("property: an integer written with Indonesian thousands dots reads back in rupiah", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        const id = n.toLocaleString("id-ID");
        expect(num(id, "rupiah").value).toBe(n);
        expect(num(`Rp ${id},-`, "rupiah").value).toBe(n);
      }),
    );
  });

  test("property: a decimal written with a comma reads back in any non-rupiah kind", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), (i, f) => {
        const text = `${i},${String(f).padStart(2, "0")}`;
        expect(num(text, "percent").value).toBeCloseTo(i + f / 100, 9);
      }),
    );
  });
});

describe("rounding and stated values", () => {
  test("roundTo rounds half away from zero despite binary representation", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(102.565, 2)).toBe(102.57);
    expect(roundTo(-2.5, 0)).toBe(-3);
  });
  test("a stated value is right within half a unit of its last written decimal", () => {
    const computed = (93.85 / 91.5) * 100; // 102.5683...
    expect(matchesStated(102.57, 2, computed)).toBe(true);
    expect(matchesStated(102.51, 2, computed)).toBe(false);
    expect(matchesStated(102.6, 1, computed)).toBe(true);
    expect(matchesStated(103, 0, computed)).toBe(true);
    expect(matchesStated(102, 0, computed)).toBe(false);
  });
});

describe("formatId", () => {
  test("Indonesian notation: dot for thousands, comma for decimals", () => {
    expect(formatId(1288500000, 0)).toBe("1.288.500.000");
    expect(formatId(92.5, 2)).toBe("92,5");
  });
  test("any number and any decimal count formats without throwing", () => {
    expect(formatId(-5e-324, 324)).toBe("0");
    expect(formatId(-1.5, 1)).toBe("-1,5");
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: -400, max: 400 }), (v, d) => {
        expect(typeof formatId(v, d)).toBe("string");
      }),
    );
  });
});
