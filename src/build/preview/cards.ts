import { defaultLabRun, defaultLabSweep } from "../../lab/defaultRun";
import { figures, type FigureName } from "../../figures/essay/index";
import { labFigures, type LabFigureName } from "../../figures/lab/index";
import { essay } from "../../essay/essay";
import { computeOutput, defaultValues, inputSpec, outputSpec } from "../../model/registry";
import { formatNumber } from "../../text/format";
import { renderFigureSvg, renderLabFigureSvg } from "../figureSvg";
import type { CardContent } from "./card";

/** A figure by its registered name, drawn at the defaults (a lab figure from the default run or sweep), wide layout. */
export function keyFigureSvg(name: string): string {
  if (name in figures) return renderFigureSvg(name as FigureName, defaultValues(), "wide");
  if (name in labFigures) {
    const lab = name as LabFigureName;
    return renderLabFigureSvg(lab, labFigures[lab].source === "run" ? { run: defaultLabRun() } : { sweep: defaultLabSweep() }, "wide");
  }
  throw new Error(`No figure named "${name}" for a preview image.`);
}

/** The cover's card: the essay's title and question, its headline number at the defaults, and the split of compute and reward events. */
export function coverCard(): CardContent {
  const values = defaultValues();
  const parity = formatNumber(computeOutput("parityRlShare", values), outputSpec("parityRlShare").format);
  const passes = formatNumber(values.passesPerReward, inputSpec("passesPerReward").format);
  return {
    kicker: "An explorable essay",
    title: essay.title,
    subtitle: `${essay.subtitle}.`,
    headline: { value: parity, caption: `of training compute RL would need to grade a model as often as pretraining does, at one reward per ${passes} tokens` },
    figureSvg: keyFigureSvg("eventSplit"),
  };
}

/** A chapter's card: its number and title, and its first figure (the one it opens its argument with). */
export function chapterCard(chapter: { title: string; order: number }, firstFigure: string | undefined, summary: string): CardContent {
  return {
    kicker: `${essay.title} · Chapter ${chapter.order}`,
    title: chapter.title,
    ...(firstFigure ? { figureSvg: keyFigureSvg(firstFigure) } : { subtitle: summary }),
  };
}
