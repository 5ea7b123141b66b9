/**
 * Text options for a halo that keeps labels legible where they cross a line. The stroke is white in a
 * bare SVG; on the page, global.css paints it in the page background (it matches paint-order="stroke").
 */
export const halo = { stroke: "white", strokeWidth: 4, strokeLinejoin: "round", paintOrder: "stroke" } as const;
