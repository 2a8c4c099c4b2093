// Scripts run around the charts bundle when a snapshot is made of it (see runner.ts). V8 cannot serialize an
// Intl object alive at snapshot time (each holds its ICU object through a Foreign with a global handle: the
// snapshot creator aborts with "global handle not serialized: Foreign"), and two are made as the bundle
// loads: Plot's `formatDefault` (format.js, `new Intl.NumberFormat("en-US")`) and cssomnom's `formatter`
// (linkedom's CSS parser). While the bundle loads, each Intl constructor makes proxies that build the real
// object on first use, in the page's own isolate; then the real constructors are put back, so that only the
// objects made while loading are lazy. Generic on purpose: a future top-level Intl object is covered too.

export const lazyIntlOn = `(() => {
  const saved = [];
  for (const name of ["Collator", "DateTimeFormat", "DisplayNames", "DurationFormat", "ListFormat",
    "NumberFormat", "PluralRules", "RelativeTimeFormat", "Segmenter", "Locale"]) {
    const Real = Intl[name];
    if (typeof Real !== "function") continue;
    saved.push([name, Real]);
    const Lazy = function (...args) {
      let real;
      const materialize = () => (real ??= Reflect.construct(Real, args));
      return new Proxy(Object.create(Real.prototype), {
        get(_, key) {
          const target = materialize();
          const value = Reflect.get(target, key, target);
          return typeof value === "function" && key !== "constructor" ? value.bind(target) : value;
        },
        has: (_, key) => key in materialize(),
        getPrototypeOf: () => Real.prototype,
      });
    };
    Object.defineProperty(Lazy, "name", { value: name });
    Lazy.prototype = Real.prototype;
    Lazy.supportedLocalesOf = Real.supportedLocalesOf;
    Intl[name] = Lazy;
  }
  globalThis.__recountRestoreIntl = () => {
    for (const [name, Real] of saved) Intl[name] = Real;
  };
})();`;

export const lazyIntlOff = "globalThis.__recountRestoreIntl(); delete globalThis.__recountRestoreIntl;";
