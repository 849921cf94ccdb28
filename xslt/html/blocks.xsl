<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI blocks as HTML flow content (mode tkp:block): divisions, headings, paragraphs, verse, drama,
  letters' openers and closers, quotations, figures (lists and tables: lists.xsl).

  HTML closes a <p> at the start of any block, so a TEI paragraph holding a list, a table or a block
  quotation (as teikit writes them) becomes a div of <p> parts and blocks. Mixed content (items,
  cells, notes, quotations) goes through tkp:flow: runs of text stay phrasing content, blocks are
  blocks. Running text inside a block is mode tkp:inline (phrases.xsl).

  Tunnel parameters: tkp:level (the heading level a division's head gets, h1 being the page's
  title), tkp:head-level (the level of the head of the division being rendered) and tkp:page-head
  (the head shown as the page's h1, not repeated in the text).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!--
    Rules whose pattern is a union keep the default priority where that decides the same: Saxon files
    each branch of such a union under its element name, while a union given a priority stays one
    rule that every element of the mode is tried against.
  -->
  <xsl:mode name="tkp:block" on-no-match="fail" on-multiple-match="fail"/>

  <!-- mixed content: runs of phrases as they are, blocks as blocks -->
  <xsl:template name="tkp:flow">
    <xsl:param name="nodes" as="node()*" select="node()"/>
    <!-- names of further TEI elements to take as blocks here -->
    <xsl:param name="blocks" as="xs:string*" select="()"/>
    <xsl:for-each-group select="$nodes" group-adjacent="tk:is-block(.) or (self::tei:* and local-name() = $blocks)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()" mode="tkp:block"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="current-group()[tkp:is-significant(current-group())]" mode="tkp:inline"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <!-- a run of nodes is worth rendering when it has more than white space and comments -->
  <xsl:function name="tkp:is-significant" as="xs:boolean">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="exists($nodes[self::* or self::text()[normalize-space()]])"/>
  </xsl:function>

  <xsl:template match="text()[not(normalize-space())] | comment() | processing-instruction()" mode="tkp:block"/>

  <xsl:template match="text()" mode="tkp:block" priority="-1">
    <xsl:sequence select="."/>
  </xsl:template>

  <!-- the structure of the text -->

  <xsl:template match="tei:teiCorpus" mode="tkp:block">
    <xsl:apply-templates select="* except tei:teiHeader" mode="tkp:block"/>
  </xsl:template>

  <!-- the header is metadata (metadata.xsl); facsimiles and stand-off annotation are not text -->
  <xsl:template match="tei:TEI" mode="tkp:block">
    <xsl:apply-templates select="tk:text-parts(.)" mode="tkp:block"/>
  </xsl:template>

  <xsl:template match="tei:teiCorpus/tei:TEI" mode="tkp:block" priority="1">
    <article>
      <xsl:sequence select="tkp:attributes(., 'tei')"/>
      <xsl:element name="h{tkp:heading-level(2)}">{tk:title(.)}</xsl:element>
      <xsl:apply-templates select="tk:text-parts(.)" mode="tkp:block">
        <xsl:with-param name="tkp:level" tunnel="yes" select="3"/>
      </xsl:apply-templates>
    </article>
  </xsl:template>

  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group" mode="tkp:block">
    <div>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:apply-templates mode="tkp:block"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7 | frus:attachment"
      mode="tkp:block">
    <xsl:param name="tkp:level" as="xs:integer" tunnel="yes" select="2"/>
    <!-- a division with a heading is a section of the page; one without, a div -->
    <xsl:element name="{if (tei:head) then 'section' else 'div'}">
      <xsl:sequence select="tkp:attributes(., ('div', local-name()[. ne 'div']))"/>
      <xsl:apply-templates mode="tkp:block">
        <xsl:with-param name="tkp:level" tunnel="yes" select="$tkp:level + 1"/>
        <xsl:with-param name="tkp:head-level" tunnel="yes" select="$tkp:level"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- the document whose heading is the page's h1: its divisions start at h2 -->
  <xsl:template match="tei:div[@type = 'document']" mode="tkp:block" priority="1">
    <xsl:param name="tkp:page-head" as="element(tei:head)?" tunnel="yes"/>
    <xsl:param name="tkp:level" as="xs:integer" tunnel="yes" select="2"/>
    <xsl:variable name="is-page" as="xs:boolean" select="exists($tkp:page-head[parent::* is current()])"/>
    <!-- the page's document has its heading in the page's header; one of many is an article of its own -->
    <xsl:element name="{if ($is-page) then 'div' else 'article'}">
      <xsl:sequence select="tkp:attributes(., ('document', @subtype ! ('kind-' || tkp:token(.))))"/>
      <xsl:apply-templates mode="tkp:block">
        <xsl:with-param name="tkp:level" tunnel="yes" select="if ($is-page) then $tkp:level else $tkp:level + 1"/>
        <xsl:with-param name="tkp:head-level" tunnel="yes" select="$tkp:level"/>
      </xsl:apply-templates>
      <!-- one of many documents (a FRUS volume) has its notes after it -->
      <xsl:if test="not($is-page)">
        <xsl:call-template name="tkp:notes-section">
          <xsl:with-param name="notes" select="tk:listed-notes(.)[ancestor::tei:div[@type = 'document'][1] is current()]"/>
          <xsl:with-param name="id" select="'tk-notes-' || (@xml:id, @n, 'document')[1]"/>
          <xsl:with-param name="level" select="$tkp:level + 1"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:function name="tkp:heading-level" as="xs:integer">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:sequence select="max((1, min(($level, 6))))"/>
  </xsl:function>

  <!-- headings: a division's first head is its heading, a further head a subtitle -->
  <xsl:template match="tei:head" mode="tkp:block">
    <p>
      <xsl:sequence select="tkp:attributes(., 'head')"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </p>
  </xsl:template>

  <xsl:template match="(tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7 | frus:attachment)
      /tei:head[1]" mode="tkp:block" priority="1">
    <xsl:param name="tkp:head-level" as="xs:integer" tunnel="yes" select="2"/>
    <xsl:param name="tkp:page-head" as="element(tei:head)?" tunnel="yes"/>
    <xsl:if test="not(. is $tkp:page-head)">
      <xsl:element name="h{tkp:heading-level($tkp:head-level)}">
        <xsl:sequence select="tkp:attributes(., ())"/>
        <xsl:sequence select="tkp:number-prefix(.)"/>
        <xsl:apply-templates mode="tkp:inline"/>
      </xsl:element>
    </xsl:if>
  </xsl:template>

  <!-- "105. " before the heading of a document whose head leaves out its number (older FRUS volumes) -->
  <xsl:function name="tkp:number-prefix" as="xs:string?">
    <xsl:param name="head" as="element(tei:head)"/>
    <xsl:variable name="number" as="xs:string?" select="$head/parent::tei:div[@type = 'document']/@n ! normalize-space()[.] ! (. || '.')"/>
    <xsl:sequence select="($number || ' ')[exists($number) and not(starts-with(tk:plain-text($head), $number))]"/>
  </xsl:function>

  <!-- the heads of lists, tables and figures stand with them -->
  <xsl:template match="tei:list/tei:head | tei:table/tei:head[1] | tei:figure/tei:head | tei:castList/tei:head
      | tei:listBibl/tei:head | tei:listPerson/tei:head | tei:listPlace/tei:head | tei:listOrg/tei:head
      | tei:listEvent/tei:head" mode="tkp:block"/>

  <!-- paragraphs -->

  <xsl:template match="tei:p | tei:ab" mode="tkp:block">
    <p>
      <!-- a bare p, the most common element by far, has nothing to carry: spared the call -->
      <xsl:if test="@* or self::tei:ab">
        <xsl:sequence select="tkp:attributes(., local-name()[. ne 'p'])"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="*">
          <xsl:apply-templates mode="tkp:inline"/>
        </xsl:when>
        <!-- text alone, most paragraphs of prose: copied without a rule looked up for each node -->
        <xsl:otherwise>
          <xsl:sequence select="text()"/>
        </xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <!-- a paragraph holding blocks: its text before, between and after them as paragraphs of their own -->
  <xsl:template match="tei:p[*[tk:is-block(.)]] | tei:ab[*[tk:is-block(.)]]" mode="tkp:block">
    <div>
      <xsl:sequence select="tkp:attributes(., ('p-split', local-name()))"/>
      <xsl:for-each-group select="node()" group-adjacent="tk:is-block(.)">
        <xsl:choose>
          <xsl:when test="current-grouping-key()">
            <xsl:apply-templates select="current-group()" mode="tkp:block"/>
          </xsl:when>
          <xsl:when test="tkp:is-significant(current-group())">
            <p>
              <xsl:apply-templates select="current-group()" mode="tkp:inline"/>
            </p>
          </xsl:when>
        </xsl:choose>
      </xsl:for-each-group>
    </div>
  </xsl:template>

  <!-- lines of verse, letters, title pages: one line each -->
  <xsl:template match="tei:l | tei:dateline | tei:salute | tei:signed | tei:byline | tei:docAuthor | tei:docImprint
      | tei:docDate | tei:docEdition | tei:titlePart | tei:trailer | tei:imprimatur | tei:speaker | tei:stage
      | tei:label | tei:seg | tei:addrLine | tei:fw" mode="tkp:block">
    <p>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:apply-templates mode="tkp:inline"/>
    </p>
  </xsl:template>

  <!-- groups of blocks: verse, speeches, title pages (each child a block) -->
  <xsl:template match="tei:lg | tei:sp | tei:spGrp | tei:postscript | tei:argument | tei:titlePage | tei:docTitle
      | tei:address | tei:cit | tei:castGroup" mode="tkp:block">
    <div>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:apply-templates mode="tkp:block"/>
    </div>
  </xsl:template>

  <!-- groups of mixed content: letters' openers and closers, items out of a list -->
  <xsl:template match="tei:opener | tei:closer | tei:item | tei:castItem" mode="tkp:block">
    <div>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:call-template name="tkp:flow"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:floatingText" mode="tkp:block">
    <div>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:apply-templates mode="tkp:block"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:epigraph" mode="tkp:block">
    <blockquote>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:apply-templates mode="tkp:block"/>
    </blockquote>
  </xsl:template>

  <xsl:template match="tei:quote | tei:q | tei:said" mode="tkp:block">
    <blockquote>
      <xsl:sequence select="tkp:attributes(., local-name())"/>
      <xsl:call-template name="tkp:flow"/>
    </blockquote>
  </xsl:template>

  <xsl:template match="tei:bibl" mode="tkp:block">
    <p>
      <xsl:sequence select="tkp:attributes(., 'bibl')"/>
      <cite>
        <xsl:apply-templates mode="tkp:inline"/>
      </cite>
    </p>
  </xsl:template>

  <xsl:template match="tei:milestone" mode="tkp:block">
    <hr>
      <xsl:sequence select="tkp:attributes(., ('milestone', @unit ! ('unit-' || tkp:token(.))))"/>
    </hr>
  </xsl:template>

  <!-- a TEI example: its markup as code -->
  <xsl:template match="*:egXML" mode="tkp:block">
    <pre>
      <xsl:sequence select="tkp:attributes(., 'egXML')"/>
      <code>{tkp:example(.)}</code>
    </pre>
  </xsl:template>

  <!-- instructions to generate a table of contents or an index: nothing to show in a single page -->
  <xsl:template match="tei:divGen" mode="tkp:block"/>

  <!-- figures: the image with its description as alt text, the head as caption -->
  <xsl:template match="tei:figure" mode="tkp:block">
    <figure>
      <xsl:sequence select="tkp:attributes(., ())"/>
      <xsl:call-template name="tkp:flow">
        <xsl:with-param name="nodes" select="node() except tei:head"/>
      </xsl:call-template>
      <xsl:for-each select="tei:head">
        <figcaption>
          <xsl:sequence select="tkp:attributes(., ())"/>
          <xsl:apply-templates mode="tkp:inline"/>
        </figcaption>
      </xsl:for-each>
    </figure>
  </xsl:template>

</xsl:stylesheet>
