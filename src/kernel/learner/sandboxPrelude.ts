/**
 * What runs in the sandbox before and after a learner's module: the clock and randomness taken
 * away, and one entry point the page calls with JSON and gets JSON back from. JavaScript, not
 * TypeScript: it is evaluated by QuickJS as it is written here.
 */
export const PRELUDE = `
'use strict';
(function () {
  const noClock = function () { throw new Error('There is no clock here: decide reads the time from context.now.') };
  globalThis.Date = noClock;
  Math.random = function () { throw new Error('There is no randomness here: the same events must always fold to the same state.') };
})();
var exports = {};
var module = { exports: exports };
`

/** Evaluated after the learner's code: finds the domain and answers the page's calls. */
export const ENTRY = `
(function () {
  const exported = exports.default !== undefined ? exports.default : module.exports.default;
  if (exported === null || typeof exported !== 'object') {
    throw new Error('The module must export its domain: export default { category: ..., decide, evolve, ... }');
  }
  const domain = exported;
  function describe(value) {
    if (value === undefined) return 'undefined';
    if (typeof value === 'function') return 'a function';
    if (typeof value === 'symbol') return 'a symbol';
    if (typeof value === 'bigint') return value + 'n (a bigint)';
    if (typeof value === 'number') return String(value);
    const proto = Object.getPrototypeOf(value);
    return proto && proto.constructor && proto.constructor.name ? 'a ' + proto.constructor.name : 'an object';
  }
  function jsonProblem(value, at, depth) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
    if (typeof value === 'number') return Number.isFinite(value) ? null : at + ': ' + describe(value) + ' is not a JSON number';
    if (typeof value !== 'object') return at + ': ' + describe(value) + ' is not JSON';
    if (depth > 32) return at + ': is nested deeper than 32 levels';
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = jsonProblem(value[i], at + '[' + i + ']', depth + 1);
        if (found) return found;
      }
      return null;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return at + ': ' + describe(value) + ' is not plain JSON (use strings, numbers, booleans, null, arrays and plain objects)';
    for (const key of Object.keys(value)) {
      const found = jsonProblem(value[key], at + '.' + key, depth + 1);
      if (found) return found;
    }
    return null;
  }
  function fold(state, events) {
    for (let i = 0; i < events.length; i++) state = domain.evolve(state, events[i]);
    return state;
  }
  function checked(value, at) {
    const problem = jsonProblem(value, at, 0);
    if (problem) throw new TypeError(problem);
    return value;
  }
  function withoutFunctions(value) {
    return JSON.parse(JSON.stringify(value, function (key, inner) { return typeof inner === 'function' ? undefined : inner; }));
  }
  const calls = {
    describe: function () {
      const projections = (domain.projections || []).map(function (p) {
        return { name: p.name, title: p.title, eventTypes: p.eventTypes, columns: p.columns, hasKey: typeof p.key === 'function', hasHandle: typeof p.handle === 'function' };
      });
      const upcasters = {};
      const declared = domain.upcasters || {};
      for (const type of Object.keys(declared)) upcasters[type] = Object.keys(declared[type]).map(Number);
      return withoutFunctions({
        category: domain.category, title: domain.title, entityName: domain.entityName, idField: domain.idField,
        schemaVersion: domain.schemaVersion === undefined ? 1 : domain.schemaVersion,
        events: domain.events, commands: domain.commands, initialState: domain.initialState,
        hasDecide: typeof domain.decide === 'function', hasEvolve: typeof domain.evolve === 'function',
        lifecycle: domain.lifecycle, projections: projections, upcasters: upcasters, sample: domain.sample || [],
      });
    },
    decide: function (command, state, context) {
      const decided = domain.decide(command, state, context);
      if (decided && !Array.isArray(decided) && typeof decided === 'object' && 'error' in decided) {
        return { refused: { error: String(decided.error), code: decided.code === undefined ? 'Refused' : String(decided.code) } };
      }
      if (!Array.isArray(decided)) throw new TypeError('decide must return an array of events or { error: "..." }, not ' + describe(decided) + ' (does it handle ' + command.type + '?)');
      decided.forEach(function (event, index) {
        const at = 'event ' + (index + 1) + (event && typeof event.type === 'string' ? ' (' + event.type + ')' : '');
        if (event === null || typeof event !== 'object') throw new TypeError(at + ' is ' + describe(event) + ', not { type, data }');
        if (typeof event.type !== 'string') throw new TypeError(at + ': type is ' + describe(event.type) + ', not a string');
        checked(event.data, at + ': data');
      });
      // evolve must take what decide gave: tried now, so a throwing evolve appends nothing.
      checked(fold(state, decided), 'the state after ' + decided.length + ' event(s)');
      return { events: decided.map(function (event) { return { type: event.type, data: event.data }; }) };
    },
    fold: function (state, events) { return checked(fold(state, events), 'the state'); },
    upcast: function (type, fromVersion, data) { return checked(domain.upcasters[type][fromVersion](data), 'the upcast ' + type); },
    projectKey: function (name, event) {
      const projection = (domain.projections || []).find(function (p) { return p.name === name; });
      return String(projection.key(event));
    },
    project: function (name, row, event) {
      const projection = (domain.projections || []).find(function (p) { return p.name === name; });
      const next = projection.handle(row === null ? undefined : row, event);
      return next === undefined ? null : checked(next, 'the row of ' + name);
    },
  };
  globalThis.__playgroundCall = function (name, argsJson) {
    return JSON.stringify(calls[name].apply(null, JSON.parse(argsJson)));
  };
})();
`
