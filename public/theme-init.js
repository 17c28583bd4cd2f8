// Sets the theme class before the app loads so a dark system or choice does not flash light.
(() => {
  let choice = "system";
  try {
    choice = localStorage.getItem("meshagent-admin:theme") || "system";
  } catch {}
  const dark = choice === "dark" || (choice === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
})();
