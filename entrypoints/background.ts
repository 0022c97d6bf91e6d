export default defineBackground(() => {
  // Settings ownership arrives with the settings issue; the content script never depends on the worker being awake.
});
