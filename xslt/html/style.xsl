<?xml version="1.0" encoding="UTF-8"?>
<!--
  The style sheet of teikit's HTML pages, shared by the document pages (tei-to-html.xsl) and the
  index page (site-index.xsl): written into each page's <style> element, so that a page is one file
  that needs nothing from the network. Screen: a reading column with page numbers in its left
  margin and the metadata panel to the right on wide screens; print (@media print): one column,
  no navigation, links as plain text, page numbers in the text.

  To restyle, import this module and redefine the tk:html-style template or the tk:css variable.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:teikit"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:template name="tk:html-style">
    <style>{$tk:css}</style>
  </xsl:template>

  <!-- braces are CSS here, not value templates -->
  <xsl:variable name="tk:css" as="xs:string" expand-text="no">
:root {
  --text: #1d1d1b; --muted: #595959; --accent: #1a4f8b; --rule: #d4d2cc; --panel: #f4f3ef; --mark: #fff3bf;
  --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto; padding: 1.5rem 1rem 4rem; max-width: 76rem;
  font-family: var(--serif); font-size: 1.0625rem; line-height: 1.6; color: var(--text); background: #fff;
  display: grid; grid-template-columns: minmax(0, 1fr); column-gap: 3rem;
}
body > header, body > nav, body > main, body > aside { min-width: 0; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
:target { background: var(--mark); }
.skip-link { position: absolute; left: -999rem; }
.skip-link:focus { left: 1rem; top: 1rem; padding: .5rem 1rem; background: #fff; z-index: 10; }
header { border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; }
header nav { font-family: var(--sans); font-size: .9rem; margin-bottom: .75rem; }
h1, h2, h3, h4, h5, h6 { font-family: var(--sans); line-height: 1.25; font-weight: 600; }
h1 { font-size: 1.6rem; margin: .25rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
header .subtitle { font-size: 1.15rem; margin: -.5rem 0 .5rem; }
header .author { color: var(--muted); margin: 0 0 1rem; }
main { position: relative; max-width: 42rem; }
p, .p-split, blockquote, figure, table, ul, ol, dl, pre { margin: 0 0 1rem; }
.p-split > p:last-child { margin-bottom: 0; }
.p-split { margin-bottom: 1rem; }
section.div, .document { margin: 0; }
.head { font-family: var(--sans); font-weight: 600; }
blockquote, .floatingText { margin-left: 0; padding-left: 1.25rem; border-left: 3px solid var(--rule); }
.floatingText { margin: 0 0 1rem; }
.opener, .closer { margin: 0 0 1rem; }
.opener p, .closer p { margin: 0; }
.dateline, .closer, .signed { text-align: right; }
.salute { font-style: normal; }
.lg { margin: 0 0 1rem; }
.lg .l, p.l { margin: 0; }
.r-ti-1 { padding-left: 1em; } .r-ti-2 { padding-left: 2em; } .r-ti-3 { padding-left: 3em; }
.r-ti-4 { padding-left: 4em; } .r-ti-5 { padding-left: 5em; } .r-ti-6 { padding-left: 6em; }
.sp { margin: 0 0 .75rem; }
.sp > p { margin: 0; }
.speaker { font-variant: small-caps; font-weight: 600; }
.stage { font-style: italic; color: var(--muted); }
.sp > .speaker + p, .sp > p + p { margin-top: .25rem; }
.epigraph, .byline, .trailer, .titlePage, .docTitle, .docImprint { text-align: center; }
.titlePart.type-main { font-size: 1.4rem; font-weight: 600; }
.list-block > .list-head { margin-bottom: .25rem; font-family: var(--sans); font-size: .9rem; letter-spacing: .04em; }
ul.labelled, ul.r-labelled, ul.type-subject, ul.type-participants, ul.castList { list-style: none; padding-left: 0; }
ul.type-subject, ul.type-participants { padding-left: 1.25rem; }
dl.list { display: grid; grid-template-columns: max-content 1fr; column-gap: 1rem; }
dl.list dd { margin: 0; }
.label { font-weight: 600; }
table { border-collapse: collapse; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
td, th { vertical-align: top; text-align: left; padding: .2rem .75rem .2rem 0; }
figure { margin-left: 0; margin-right: 0; }
img { max-width: 100%; height: auto; }
figcaption { font-size: .9rem; color: var(--muted); }
hr.milestone { border: 0; text-align: center; margin: 1.5rem 0; }
hr.milestone::after { content: "* * *"; color: var(--muted); }
.milestone { display: block; text-align: center; color: var(--muted); }
.as-block { display: block; }
.hi.r-smallcaps, .r-smallcaps { font-variant: small-caps; }
.r-spaced { letter-spacing: .12em; }
.r-uppercase { text-transform: uppercase; }
.r-center { text-align: center; } .r-right { text-align: right; }
.r-italic { font-style: italic; } .r-bold { font-weight: 700; } .r-roman { font-style: normal; }
.r-underline { text-decoration: underline; } .r-strike { text-decoration: line-through; }
.r-mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.r-large { font-size: 1.2em; } .r-small { font-size: .85em; }
.r-gothic { font-family: "UnifrakturMaguntia", "Old English Text MT", var(--serif); }
sup, sub { line-height: 0; }
q.own-marks { quotes: none; }
q.own-marks::before, q.own-marks::after { content: none; }
abbr[title] { text-decoration: underline dotted; }
.choice[title] { text-decoration: underline dotted var(--muted); text-underline-offset: .2em; }
.supplied::before { content: "["; } .supplied::after { content: "]"; }
.unclear { color: var(--muted); }
.unclear::after { content: "?"; font-size: .8em; vertical-align: super; }
.sic::after { content: " [sic]"; font-size: .85em; color: var(--muted); }
.gap { color: var(--muted); }
ins.add { text-decoration: none; }
ins.add::before { content: "\2E22"; color: var(--muted); } ins.add::after { content: "\2E23"; color: var(--muted); }
del { color: var(--muted); }
.fw { font-size: .8em; color: var(--muted); }
.persName, .placeName, .orgName, .name, .rs { text-decoration: none; }
.msDesc { border-top: 1px solid var(--rule); padding-top: .75rem; margin: 0 0 1.5rem; }
.msIdentifier { font-family: var(--sans); font-weight: 600; }
.description-label { font-family: var(--sans); font-size: .85rem; font-weight: 600; color: var(--muted); margin: .75rem 0 .25rem; }
.msItem { margin: 0 0 .5rem; }
.locus { font-family: var(--sans); font-size: .85em; color: var(--muted); }
.incipit, .explicit { font-style: italic; }
.birth::before { content: "* "; } .death::before { content: "\2020  "; }
.line { display: block; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
pre { white-space: pre-wrap; background: var(--panel); padding: .75rem; }
a.pb, a.cb {
  font-family: var(--sans); font-size: .75rem; font-weight: 400; font-style: normal; line-height: 1;
  color: var(--muted); text-decoration: none; white-space: nowrap; vertical-align: baseline;
}
a.pb:hover, a.pb:focus { color: var(--accent); text-decoration: underline; }
a.pb::before { content: "\2502"; color: var(--rule); padding-right: .15em; }
.note-inline::before { content: "["; } .note-inline::after { content: "]"; }
.note-inline { font-size: .9em; color: var(--muted); }
.note-margin { display: block; font-size: .85em; color: var(--muted); border-left: 2px solid var(--rule); padding-left: .5rem; margin: .25rem 0; }
.note-block { font-size: .95em; margin: 0 0 .75rem; }
.note-label { font-family: var(--sans); font-size: .85em; font-weight: 600; color: var(--muted); }
sup a.noteref { font-family: var(--sans); font-size: .75em; text-decoration: none; padding: 0 .1em; }
sup a.noteref:hover, sup a.noteref:focus { text-decoration: underline; }
section.notes { margin-top: 2.5rem; border-top: 1px solid var(--rule); font-size: .95rem; }
.source-note { position: relative; margin: 0 0 1rem; padding-left: 2.25rem; }
.source-note > .note-label, ol.footnotes > li > .note-label { position: absolute; left: 0; top: .1em; }
.source-note p:last-child, ol.footnotes li p:last-child { margin-bottom: 0; }
ol.footnotes { list-style: none; padding-left: 0; }
ol.footnotes > li { position: relative; margin: 0 0 .75rem; padding-left: 2.25rem; }
a.backref { text-decoration: none; font-family: var(--sans); padding: 0 .2em; }
aside.metadata { font-family: var(--sans); font-size: .9rem; background: var(--panel); padding: .75rem 1rem; margin: 0 0 1.5rem; border-radius: 4px; }
aside.metadata h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; margin: 0 0 .5rem; color: var(--muted); }
aside.metadata dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; column-gap: .75rem; row-gap: .15rem; }
aside.metadata dt { grid-column: 1; color: var(--muted); }
aside.metadata dd { grid-column: 2; margin: 0; }
table.index { width: 100%; font-family: var(--sans); font-size: .95rem; }
table.index th { border-bottom: 2px solid var(--rule); }
table.index td { border-bottom: 1px solid var(--rule); padding: .4rem .75rem .4rem 0; }
table.index td.n { text-align: right; white-space: nowrap; }
table.index td.date { white-space: nowrap; }
@media (min-width: 64rem) {
  body { grid-template-columns: minmax(0, 1fr) 17rem; }
  body > header { grid-column: 1 / -1; }
  body > main { grid-column: 1; grid-row: 2; padding-left: 5rem; max-width: 47rem; }
  body > aside.metadata { grid-column: 2; grid-row: 2; align-self: start; position: sticky; top: 1rem; }
  body.index > main { max-width: none; padding-left: 0; grid-column: 1 / -1; }
  a.pb, a.cb { position: absolute; left: 0; width: 4.25rem; text-align: right; padding-top: .3em; }
  a.pb::before { content: none; }
  a.pb.run-2 { margin-top: 1.4em; } a.pb.run-3 { margin-top: 2.8em; } a.pb.run-4 { margin-top: 4.2em; }
  a.pb.run-5 { margin-top: 5.6em; } a.pb.run-6 { margin-top: 7em; }
  .note-margin { float: right; clear: right; width: 12rem; margin: 0 -13rem .5rem 1rem; border-left: 0; padding-left: 0; }
}
@media print {
  @page { margin: 2cm 2.2cm; }
  body { display: block; max-width: none; padding: 0; font-size: 11pt; line-height: 1.45; color: #000; }
  .skip-link, header nav { display: none; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  a.pb, a.cb { position: static; color: #555; font-size: 8pt; }
  aside.metadata { background: none; border: 1px solid #999; break-inside: avoid; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
  p, li, blockquote { orphans: 3; widows: 3; }
  table, figure, .opener, .closer { break-inside: avoid; }
  section.notes { break-before: auto; font-size: 9.5pt; }
  a.backref { display: none; }
  :target { background: none; }
}
</xsl:variable>

</xsl:stylesheet>
