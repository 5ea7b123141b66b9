import { formatLabResult, type LabResultId, labResultSpec } from "./results";
import type { LabResult } from "./run";

/** A lab result as LabOut prints it, so a generated sentence shows the same digits as the numbers beside it. */
export function showResult(id: LabResultId, r: LabResult): string {
  const spec = labResultSpec(id);
  return formatLabResult(spec, spec.value(r));
}
