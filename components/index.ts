// What chapters may use. Internal pieces live in ./internal and are not exported.
export { default as Figure } from "./Figure.astro";
export { default as FigRef } from "./FigRef.astro";
export { default as LabFigure } from "./LabFigure.astro";
export { default as LabOut } from "./LabOut.astro";
export { default as LabRunner } from "./LabRunner.astro";
export { default as LabText } from "./LabText.astro";
export { default as Num } from "./Num.astro";
export { default as Out } from "./Out.astro";
export { default as Tex } from "./Tex.astro";
export { default as Presets } from "./Presets.astro";
