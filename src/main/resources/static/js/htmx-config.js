// htmx adds its indicator styles inline, which the Content-Security-Policy (style-src 'self') refuses; Reachable
// shows progress as text, so it needs none. Runs before htmx's own start-up (on DOMContentLoaded).
if (window.htmx) {
  window.htmx.config.includeIndicatorStyles = false;
}
