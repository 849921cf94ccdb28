<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes in HTML (which note is which: common/notes.xsl).

  Where a listed note stands in the text, its marker links to it and is the target of its way back:
    <sup><a id="fnref-d247fn3" href="#d247fn3" class="noteref" role="doc-noteref">3</a></sup>
  At the end of main, the notes section: the source note set apart above the numbered notes,
    <li id="d247fn3" value="3"><span class="note-label">3</span> … <a href="#fnref-d247fn3" class="backref">↩</a></li>
  A note without an anchor (@anchored = 'false') or standing between blocks is listed without a
  marker and without a way back. Inline and marginal notes are shown where they stand; a note
  standing between blocks (ELTeC's notes division) is shown there as a block.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- in the text -->

  <!-- a listed note without a marker: nothing where it stands -->
  <xsl:template match="tei:note" mode="tkp:inline"/>

  <xsl:template match="tei:note[tk:note-has-marker(.)]" mode="tkp:inline" priority="1">
    <xsl:param name="tkp:in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:choose>
      <xsl:when test="$tkp:in-link">
        <sup id="{tk:note-marker-id(.)}" class="noteref">{tk:note-label(.)}</sup>
      </xsl:when>
      <xsl:otherwise>
        <sup>
          <a id="{tk:note-marker-id(.)}" href="#{tk:note-id(.)}" class="noteref" role="doc-noteref">{tk:note-label(.)}</a>
        </sup>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note[tk:note-kind(.) = ('inline', 'margin')]" mode="tkp:inline" priority="2">
    <span role="note">
      <xsl:sequence select="tkp:attributes(., ('note', 'note-' || tk:note-kind(.)))"/>
      <xsl:for-each select="tk:note-label(.)[.]">
        <span class="note-label">{.}</span>
        <xsl:text> </xsl:text>
      </xsl:for-each>
      <xsl:apply-templates mode="tkp:inline"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:note[tk:note-kind(.) = 'block']" mode="tkp:inline" priority="2">
    <span role="note">
      <xsl:sequence select="tkp:attributes(., ('note', 'note-block', 'as-block'))"/>
      <xsl:for-each select="tk:note-label(.)[.]">
        <span class="note-label">{.}</span>
        <xsl:text> </xsl:text>
      </xsl:for-each>
      <xsl:apply-templates mode="tkp:inline"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:note[tk:note-kind(.) = 'block']" mode="tkp:block">
    <div role="note">
      <xsl:sequence select="tkp:attributes(., ('note', 'note-block'))"/>
      <xsl:call-template name="tkp:note-body">
        <xsl:with-param name="note" select="."/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <!-- at the end -->

  <!--
    The notes of the page: all listed notes of its text, but those of documents that are not the
    page's own (in a volume of many documents, each has its notes after it).
  -->
  <xsl:function name="tkp:page-notes" as="element(tei:note)*">
    <xsl:param name="texts" as="element()*"/>
    <xsl:param name="page-document" as="element()?"/>
    <xsl:sequence select="tk:listed-notes($texts)[empty(ancestor::tei:div[@type = 'document'][1] except $page-document)]"/>
  </xsl:function>

  <!-- the notes given, listed: the id and heading level are the section's -->
  <xsl:template name="tkp:notes-section">
    <xsl:param name="notes" as="element(tei:note)*"/>
    <xsl:param name="id" as="xs:string" select="'tk-notes'"/>
    <xsl:param name="level" as="xs:integer" select="2"/>
    <xsl:variable name="listed" as="element(tei:note)*" select="$notes"/>
    <xsl:variable name="sources" as="element(tei:note)*" select="$listed[tk:note-kind(.) = 'source']"/>
    <xsl:variable name="footnotes" as="element(tei:note)*" select="$listed except $sources"/>
    <xsl:if test="exists($listed)">
      <section class="notes" aria-labelledby="{$id}">
        <xsl:element name="h{tkp:heading-level($level)}">
          <xsl:attribute name="id" select="$id"/>
          <xsl:text>Notes</xsl:text>
        </xsl:element>
        <xsl:for-each select="$sources">
          <div id="{tk:note-id(.)}" class="source-note">
            <xsl:sequence select="tkp:attributes(., ('note', 'source-note'))[not(name() = 'id')]"/>
            <xsl:call-template name="tkp:note-body">
              <xsl:with-param name="note" select="."/>
            </xsl:call-template>
          </div>
        </xsl:for-each>
        <xsl:if test="exists($footnotes)">
          <ol class="footnotes">
            <xsl:for-each select="$footnotes">
              <li id="{tk:note-id(.)}">
                <xsl:sequence select="tkp:attributes(., 'note')[not(name() = 'id')]"/>
                <xsl:if test="exists(tk:note-number(.))">
                  <xsl:attribute name="value" select="tk:note-number(.)"/>
                </xsl:if>
                <xsl:call-template name="tkp:note-body">
                  <xsl:with-param name="note" select="."/>
                </xsl:call-template>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <!--
    A note's label, its content as flow, and the way back to its marker: at the end of its last
    paragraph where it ends with one, else after its content.
  -->
  <xsl:template name="tkp:note-body">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="backref" as="element()?">
      <xsl:if test="tk:note-has-marker($note)">
        <a href="#{tk:note-marker-id($note)}" class="backref" role="doc-backlink"
            aria-label="Back to the text of note {tk:note-label($note)}">↩</a>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="last" as="node()?" select="$note/node()[self::* or self::text()[normalize-space()]][last()]"/>
    <xsl:variable name="last-p" as="element(tei:p)?" select="$last[self::tei:p][not(*[tk:is-block(.)])]"/>
    <xsl:for-each select="tk:note-label($note)[.]">
      <span class="note-label">{.}</span>
      <xsl:text> </xsl:text>
    </xsl:for-each>
    <xsl:call-template name="tkp:flow">
      <xsl:with-param name="nodes" select="$note/node() except $last-p"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="$last-p">
        <p>
          <xsl:sequence select="tkp:attributes($last-p, ())"/>
          <xsl:apply-templates select="$last-p/node()" mode="tkp:inline"/>
          <xsl:sequence select="$backref ! (' ', .)"/>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$backref ! (' ', .)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
