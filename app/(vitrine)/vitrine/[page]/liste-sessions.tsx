"use client";

import Link from "next/link";
import { Fragment } from "react";

// A client component: the RSC payload carries each session as its three texts, rather than the
// list's elements a second time beside the HTML (the home page is what a deadline night's crowd
// asks for most).

export type GroupeSessions = {
  /** The heading's id, which names the list below it. */
  titreId: string;
  academie: string;
  sessions: { id: string; titre: string; inscriptions: string }[];
};

/** Sessions under a heading per académie, each a link to its page and its registration window. */
export function ListeSessions({ groupes }: { groupes: GroupeSessions[] }) {
  return groupes.map(({ titreId, academie, sessions }) => (
    <Fragment key={titreId}>
      <h3 id={titreId} className="fr-h6 fr-mb-1w">
        {academie}
      </h3>
      <ul aria-labelledby={titreId} className="fr-mb-3w">
        {sessions.map((session) => (
          <li key={session.id}>
            <Link href={`/sessions/${session.id}`}>{session.titre}</Link>
            <br />
            {session.inscriptions}
          </li>
        ))}
      </ul>
    </Fragment>
  ));
}
