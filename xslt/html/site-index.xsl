<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index page of a folder of HTML documents (index.html). Input: the list the Java side builds,

    <documents xmlns="urn:teikit:site">
      <document href="d247.html" n="247" title="…" date="1986-06-24" kind="telegram"/>
    </documents>

  Output: one table, a row per document, ordered by number (numerically; documents whose n is no
  number come after, by title), with the number, the date, the kind, and the title linking to the
  page. Same style sheet as the pages (style.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:site="urn:teikit:site"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="../common/correspondence.xsl"/>
  <xsl:include href="../common/structure.xsl"/>
  <xsl:include href="style.xsl"/>

  <xsl:output method="html" version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- the page's title and language -->
  <xsl:param name="title" as="xs:string" select="'Documents'"/>
  <xsl:param name="lang" as="xs:string" select="'en'"/>

  <xsl:mode on-no-match="fail" on-multiple-match="fail"/>
  <xsl:mode name="tkp:index-row" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template match="/">
    <xsl:apply-templates select="site:documents"/>
  </xsl:template>

  <xsl:template match="site:documents">
    <html lang="{$lang}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>{$title}</title>
        <xsl:call-template name="tk:html-style"/>
      </head>
      <body class="index">
        <a class="skip-link" href="#tk-main">Skip to the list</a>
        <header>
          <h1 id="tk-title">{$title}</h1>
        </header>
        <main id="tk-main">
          <xsl:choose>
            <xsl:when test="site:document">
              <table class="index">
                <caption>{count(site:document)} {if (count(site:document) eq 1) then 'document' else 'documents'}</caption>
                <thead>
                  <tr>
                    <th scope="col">No.</th>
                    <th scope="col">Date</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Title</th>
                  </tr>
                </thead>
                <tbody>
                  <xsl:apply-templates select="site:document" mode="tkp:index-row">
                    <xsl:sort select="tkp:number(@n)" data-type="number" order="ascending"/>
                    <xsl:sort select="lower-case(normalize-space(@title))"/>
                    <xsl:sort select="@href"/>
                  </xsl:apply-templates>
                </tbody>
              </table>
            </xsl:when>
            <xsl:otherwise>
              <p>No documents.</p>
            </xsl:otherwise>
          </xsl:choose>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- the number a document is ordered by; one without a number comes after all numbered ones -->
  <xsl:function name="tkp:number" as="xs:double">
    <xsl:param name="n" as="attribute()?"/>
    <xsl:sequence select="if (matches($n, '^\s*[+-]?\d+(\.\d+)?\s*$')) then number($n) else xs:double('INF')"/>
  </xsl:function>

  <xsl:template match="site:document" mode="tkp:index-row">
    <tr>
      <td class="n">{@n}</td>
      <td class="date">
        <xsl:if test="@date">
          <xsl:element name="{if (tk:is-iso-date(@date)) then 'time' else 'span'}">
            <xsl:if test="tk:is-iso-date(@date)">
              <xsl:attribute name="datetime" select="@date"/>
            </xsl:if>
            <xsl:value-of select="tk:format-date(@date)"/>
          </xsl:element>
        </xsl:if>
      </td>
      <td class="kind">{@kind ! tk:kind-label(.)}</td>
      <td class="title">
        <a href="{@href}">{(normalize-space(@title)[.], @href)[1]}</a>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
