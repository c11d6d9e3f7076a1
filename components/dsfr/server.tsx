import "server-only";

// DSFR's stylesheet, imported first as react-dsfr's own DsfrHead does (the cascade stays the same).
import "@codegouvfr/react-dsfr/assets/dsfr_plus_icons.scss";
import AppleTouchIcon from "@codegouvfr/react-dsfr/dsfr/favicon/apple-touch-icon.png";
import FaviconIco from "@codegouvfr/react-dsfr/dsfr/favicon/favicon.ico";
import FaviconSvg from "@codegouvfr/react-dsfr/dsfr/favicon/favicon.svg";
import { setLink } from "@codegouvfr/react-dsfr/link";
import { createGetHtmlAttributes } from "@codegouvfr/react-dsfr/next-app-router/server-only-index";
import { fontUrlByFileBasename } from "@codegouvfr/react-dsfr/next-app-router/zz_internal/fontUrlByFileBasename";
import { getAssetUrl } from "@codegouvfr/react-dsfr/tools/getAssetUrl";
import Link from "next/link";
import { preload } from "react-dom";
import { DsfrColorSchemeScript } from "./color-scheme-script";
import { defaultColorScheme } from "./default-color-scheme";

export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme });

// react-dsfr's components rendered on the server link with next/link (DsfrHeadBase did this in its render).
setLink({ Link });

type Font = keyof typeof fontUrlByFileBasename;

/**
 * What react-dsfr's DsfrHeadBase puts in <head> (fonts preloaded in production, favicons, the
 * colour-scheme script), with the script rendered by a client component: from this server
 * component its 4 KB were sent twice in every page, in the HTML and again in the RSC payload.
 */
export function DsfrHead({ preloadFonts = [] }: { preloadFonts?: Font[] }) {
  // As hints rather than <link> elements: React then writes each preload once in the HTML, where
  // the elements came out twice (their hint's and their own) and again in the RSC payload.
  if (process.env.NODE_ENV !== "development") {
    for (const font of preloadFonts) preload(fontUrlByFileBasename[font], { as: "font", crossOrigin: "anonymous" });
  }
  return (
    <>
      <link rel="apple-touch-icon" href={getAssetUrl(AppleTouchIcon)} />
      <link rel="icon" href={getAssetUrl(FaviconSvg)} type="image/svg+xml" />
      <link rel="shortcut icon" href={getAssetUrl(FaviconIco)} type="image/x-icon" />
      <DsfrColorSchemeScript />
    </>
  );
}
