// Light and dark themes: the system's preference until the user picks one, then theirs (kept in
// this browser). The theme is a data attribute on <html>; styles.css holds both palettes.
import { h } from "./dom.ts";

function apply(theme: "light" | "dark"): void {
  document.documentElement.dataset.theme = theme;
}

export function themeToggle(): HTMLButtonElement {
  const saved = localStorage.getItem("sitrep.theme");
  const initial =
    saved === "dark" || saved === "light"
      ? saved
      : matchMedia("(prefers-color-scheme: dark)").matches
        ? "dark"
        : "light";
  apply(initial);
  const button = h("button", { type: "button", class: "small theme-toggle" });
  const label = () => {
    const dark = document.documentElement.dataset.theme === "dark";
    button.textContent = dark ? "Light theme" : "Dark theme";
    button.setAttribute("aria-label", dark ? "Switch to the light theme" : "Switch to the dark theme");
  };
  label();
  button.addEventListener("click", () => {
    const next = document.documentElement.dataset.theme === "dark" ? "light" : "dark";
    apply(next);
    localStorage.setItem("sitrep.theme", next);
    label();
  });
  return button;
}
