"use client";

// A client component so that a server page sends its rows once as data (the cells' text) in the
// RSC payload, rather than the whole table's elements a second time beside the HTML.
import { fr } from "@codegouvfr/react-dsfr";
import { useId, type ReactNode } from "react";

type Props = {
  caption: ReactNode;
  headers: ReactNode[];
  rows: ReactNode[][];
  /** Caption for assistive technologies only. */
  captionHidden?: boolean;
  /** The first cell of each row heads it (th scope="row"). */
  rowHeaders?: boolean;
  className?: string;
  /** Width below which the table scrolls in its region (rem); by default 7rem a column, which keeps the back office's 7 columns within its page at 1280 px. */
  largeurMinimale?: number;
};

/**
 * DSFR table in the current markup (react-dsfr's Table still writes the legacy one). Cells wrap
 * (`fr-table--multiline`, once for the table rather than `fr-cell--multiline` on every cell: the
 * current markup keeps each cell on one line otherwise);
 * when a narrow screen still makes the table scroll, its container is a named, focusable region
 * so it can be scrolled from the keyboard (axe « scrollable-region-focusable », RGAA 7.3).
 */
export function DataTable({ caption, headers, rows, captionHidden = false, rowHeaders = false, className, largeurMinimale = 7 * headers.length }: Props) {
  const captionId = `${useId()}-legende`;
  return (
    <div className={fr.cx("fr-table", "fr-table--multiline", captionHidden && "fr-table--no-caption") + (className ? ` ${className}` : "")}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container" tabIndex={0} role="region" aria-labelledby={captionId}>
          <div className="fr-table__content">
            {/* On a phone a wide table scrolls in its region rather than squeezing a column to a word a line. */}
            <table style={{ minWidth: `${largeurMinimale}rem` }}>
              <caption id={captionId}>{caption}</caption>
              <thead>
                <tr>
                  {headers.map((header, index) => (
                    <th key={index} scope="col">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((cell, cellIndex) =>
                      rowHeaders && cellIndex === 0 ? (
                        <th key={cellIndex} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={cellIndex}>
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
