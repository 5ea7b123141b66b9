/** Shows plain-text notices in the page's polite live region. Text only: never HTML. */
export function showNotices(messages: readonly string[]): void {
  const region = document.getElementById("notices");
  if (!region || messages.length === 0) return;
  const list = region.querySelector("ul") ?? region.appendChild(document.createElement("ul"));
  for (const message of messages) {
    const item = document.createElement("li");
    item.textContent = message;
    list.appendChild(item);
  }
  region.hidden = false;
}

export function clearNotices(): void {
  const region = document.getElementById("notices");
  if (!region) return;
  region.querySelector("ul")?.replaceChildren();
  region.hidden = true;
}
