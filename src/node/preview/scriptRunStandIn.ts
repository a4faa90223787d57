/**
 * A stand-in for Apps Script's client-side google.script.run, injected into the built asset panel
 * when it runs outside Google Sheets. It has the same chained API (withSuccessHandler,
 * withFailureHandler, then the server function by name). It rejects a Date, a function or a class
 * instance in the arguments as Apps Script does, and carries each call as JSON to a PanelRequest
 * handler.
 */

/** Destination of the stand-in's calls: the preview server over HTTP, or a Playwright binding in the tests. */
export type StandInTransport =
  | { readonly kind: 'http'; readonly endpoint: string; readonly token: string }
  | { readonly kind: 'binding'; readonly bindingName: string };

/** Header that carries the preview's per-run token, so other web pages cannot call the server. */
export const PREVIEW_TOKEN_HEADER = 'X-Itam-Preview-Token';

const SOURCE = `(function () {
  'use strict';
  var transport = __TRANSPORT__;

  function argumentProblem(value, path) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'undefined') {
      return null;
    }
    if (typeof value === 'number') {
      return isFinite(value) ? null : path + ' is not a finite number';
    }
    if (Array.isArray(value)) {
      for (var index = 0; index < value.length; index++) {
        var inner = argumentProblem(value[index], path + '[' + index + ']');
        if (inner) { return inner; }
      }
      return null;
    }
    if (typeof value === 'object' && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
      var keys = Object.keys(value);
      for (var position = 0; position < keys.length; position++) {
        var nested = argumentProblem(value[keys[position]], path + '.' + keys[position]);
        if (nested) { return nested; }
      }
      return null;
    }
    return path + (value instanceof Date ? ' is a Date' : ' is a ' + typeof value);
  }

  function send(name, args) {
    var body = JSON.stringify({ name: name, args: args });
    var reply;
    if (transport.kind === 'http') {
      var headers = { 'Content-Type': 'application/json' };
      headers[${JSON.stringify(PREVIEW_TOKEN_HEADER)}] = transport.token;
      reply = fetch(transport.endpoint, { method: 'POST', headers: headers, body: body, credentials: 'same-origin' }).then(function (response) {
        return response.json();
      });
    } else {
      reply = window[transport.bindingName](body).then(function (text) { return JSON.parse(text); });
    }
    return reply.then(function (envelope) {
      if (envelope && Object.prototype.hasOwnProperty.call(envelope, 'error')) {
        throw new Error(envelope.error);
      }
      return envelope.result;
    });
  }

  function runner(success, failure) {
    return new Proxy({}, {
      get: function (target, property) {
        if (property === 'withSuccessHandler') { return function (handler) { return runner(handler, failure); }; }
        if (property === 'withFailureHandler') { return function (handler) { return runner(success, handler); }; }
        if (property === 'withUserObject') { return function () { return runner(success, failure); }; }
        if (typeof property !== 'string' || property === 'then') { return undefined; }
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var problem = argumentProblem(args, 'arguments');
          var call = problem ? Promise.reject(new Error('Invalid argument: ' + problem + '.')) : send(property, args);
          call.then(function (result) { if (success) { success(result); } }, function (error) { if (failure) { failure(error); } });
        };
      }
    });
  }

  window.google = window.google || {};
  window.google.script = { run: runner(null, null), host: { close: function () {} } };
})();`;

/** Returns the stand-in's JavaScript for one transport, safe to place inside a <script> element. */
export function scriptRunStandIn(transport: StandInTransport): string {
  const transportJson = JSON.stringify(transport).replace(/</g, '\\u003c');
  return SOURCE.replace('__TRANSPORT__', transportJson);
}

/** Inserts the stand-in as the first script of a built panel page, so it exists before the panel's own script runs. */
export function withStandIn(html: string, transport: StandInTransport): string {
  const script = `<script>\n${scriptRunStandIn(transport)}\n</script>`;
  const head = /<head\b[^>]*>/i.exec(html);
  if (head === null) {
    throw new Error('The panel page has no <head> element to add the google.script.run stand-in to.');
  }
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n${script}${html.slice(at)}`;
}
