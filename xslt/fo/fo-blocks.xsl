<?xml version="1.0" encoding="UTF-8"?>
<!--
  Block structure in mode tkp:fo: the text and its divisions, headings, paragraphs, verse, drama,
  letters (opener, closer, postscript, a letter quoted in a document as floatingText), quotations,
  title pages, figures, examples, a table of contents for divGen.

  Elements that stand either between blocks or in running text (quote, stage, dateline, signed …)
  are blocks where tkp:in-block() says so and inline elsewhere.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:eg="http://www.tei-c.org/ns/Examples"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- heading sizes by level (1: the title) -->
  <xsl:variable name="tkp:heading-scale" as="xs:decimal+" select="(1.45, 1.25, 1.12, 1.0, 1.0, 1.0)"/>

  <xsl:template match="text()" mode="tkp:fo">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="tkp:fo"/>

  <!-- the text and its parts -->

  <xsl:template match="tei:text | tei:front | tei:body | tei:group | frus:attachment" mode="tkp:fo">
    <fo:block>
      <xsl:sequence select="tkp:id(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:back" mode="tkp:fo">
    <fo:block space-before="14pt">
      <xsl:sequence select="tkp:id(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7" mode="tkp:fo">
    <fo:block space-before="8pt" id="{tkp:division-id(.)}">
      <xsl:if test="tei:head and (../self::tei:body | ../self::tei:front | ../self::tei:back)">
        <fo:marker marker-class-name="tk-section">{tkp:shorten(tkp:plain(tei:head[1]), 60)}</fo:marker>
      </xsl:if>
      <xsl:sequence select="tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <!-- a teikit document: its number and title head the pages it fills -->
  <xsl:template match="tei:div[@type = 'document']" mode="tkp:fo" priority="1">
    <fo:block id="{tkp:division-id(.)}">
      <fo:marker marker-class-name="tk-document">{tkp:shorten(tkp:document-label(.), 90)}</fo:marker>
      <fo:marker marker-class-name="tk-section"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:function name="tkp:document-label" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="head" as="xs:string" select="tkp:plain($div/tei:head[1])"/>
    <xsl:sequence select="if (not($div/@n)) then $head
        else if (not($head)) then 'Document ' || $div/@n
        else if (starts-with($head, $div/@n)) then $head
        else $div/@n || '. ' || $head"/>
  </xsl:function>

  <!-- a division's FO id: its xml:id, or one derived from its place, for the table of contents -->
  <xsl:function name="tkp:division-id" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="if ($div/@xml:id and tkp:usable-id($div)) then string($div/@xml:id)
        else 'tk-div-' || string-join($div/ancestor-or-self::* ! string(count(preceding-sibling::*) + 1), '.')"/>
  </xsl:function>

  <!-- headings -->

  <xsl:template match="tei:head" mode="tkp:fo">
    <xsl:variable name="level" as="xs:integer" select="tkp:heading-level(.)"/>
    <fo:block role="H{$level}" font-family="{$tkp:heading-fonts}" font-weight="bold"
        font-size="{$font-size * $tkp:heading-scale[$level]}pt" line-height="1.25" space-before="6pt"
        space-after="6pt" keep-with-next.within-page="always">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <!-- the heading that states the title (teikit's "247. Telegram From …"): the title, then the
       correspondence of the title block -->
  <xsl:template match="tei:div[@type = 'document']/tei:head[1][. is tkp:title-heading(ancestor::tei:TEI[1])]"
      mode="tkp:fo" priority="2">
    <fo:block role="H1" font-family="{$tkp:heading-fonts}" font-weight="bold"
        font-size="{$font-size * $tkp:heading-scale[1]}pt" line-height="1.25" space-after="6pt"
        keep-with-next.within-page="always">
      <xsl:sequence select="tkp:id(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
    <xsl:call-template name="tkp:title-block">
      <xsl:with-param name="tei" select="ancestor::tei:TEI[1]"/>
      <xsl:with-param name="with-title" select="false()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- the heading of a list, table, stanza, figure, cast list or register: a caption -->
  <xsl:template match="tei:list/tei:head | tei:table/tei:head | tei:lg/tei:head | tei:figure/tei:head
      | tei:castList/tei:head | tei:castGroup/tei:head | tei:listBibl/tei:head | tei:listPerson/tei:head
      | tei:listPlace/tei:head | tei:listOrg/tei:head | tei:listEvent/tei:head | tei:msDesc/tei:head
      | tei:sp/tei:head | tei:argument/tei:head | tei:floatingText/tei:head" mode="tkp:fo">
    <fo:block font-family="{$tkp:heading-fonts}" font-weight="bold" font-size="{$font-size * 0.92}pt"
        space-before="4pt" space-after="3pt" keep-with-next.within-page="always">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <!-- paragraphs -->

  <xsl:template match="tei:p | tei:ab" mode="tkp:fo">
    <fo:block space-after="0.5em" text-align="justify">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <!-- verse -->

  <xsl:template match="tei:lg" mode="tkp:fo">
    <fo:block margin-left="1.5em" space-before="0.4em" space-after="0.6em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:l" mode="tkp:fo">
    <fo:block>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <!-- drama -->

  <xsl:template match="tei:sp" mode="tkp:fo">
    <fo:block space-before="0.4em" space-after="0.2em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:speaker" mode="tkp:fo">
    <fo:block font-family="{$tkp:heading-fonts}" font-size="{$font-size * 0.9}pt" font-weight="bold"
        keep-with-next.within-page="always">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:stage | tei:move | tei:set" mode="tkp:fo">
    <fo:inline font-style="italic">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:stage[tkp:in-block(.)] | tei:set[tkp:in-block(.)]" mode="tkp:fo" priority="1">
    <fo:block font-style="italic" margin-left="1em" space-before="0.2em" space-after="0.3em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:castList | tei:castGroup" mode="tkp:fo">
    <fo:block space-before="0.4em" space-after="0.6em" margin-left="{if (self::tei:castGroup) then '1em' else '0em'}">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:castItem" mode="tkp:fo">
    <fo:block>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:role | tei:actor" mode="tkp:fo">
    <fo:inline>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:roleDesc" mode="tkp:fo">
    <fo:inline font-style="italic">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:inline>
  </xsl:template>

  <!-- letters -->

  <xsl:template match="tei:opener | tei:closer" mode="tkp:fo">
    <fo:block space-before="0.4em" space-after="0.6em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:postscript" mode="tkp:fo">
    <fo:block space-before="1em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:dateline" mode="tkp:fo">
    <fo:inline font-style="italic">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:dateline[tkp:in-block(.)]" mode="tkp:fo" priority="1">
    <fo:block font-style="italic" space-after="0.3em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:salute | tei:signed | tei:byline | tei:docAuthor | tei:docImprint | tei:docDate
      | tei:docEdition | tei:titlePart | tei:address | tei:addrLine" mode="tkp:fo">
    <fo:inline>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:salute[tkp:in-block(.)] | tei:address[tkp:in-block(.)] | tei:addrLine[tkp:in-block(.)]"
      mode="tkp:fo" priority="1">
    <fo:block space-after="0.2em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:signed[tkp:in-block(.)]" mode="tkp:fo" priority="1">
    <fo:block text-align="end" space-before="0.3em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <!-- a letter or other text quoted whole in a document -->
  <xsl:template match="tei:floatingText" mode="tkp:fo">
    <fo:block margin-left="1.2em" padding-start="0.8em" border-start-style="solid" border-start-width="0.6pt"
        border-start-color="#aaaaaa" space-before="0.6em" space-after="0.8em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <!-- title pages and the framing parts of a text -->

  <xsl:template match="tei:titlePage" mode="tkp:fo">
    <fo:block text-align="center" space-before="12pt" space-after="18pt">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:docTitle" mode="tkp:fo">
    <fo:block font-family="{$tkp:heading-fonts}" font-weight="bold" font-size="{$font-size * 1.3}pt" space-after="8pt">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:titlePart[tkp:in-block(.)] | tei:byline[tkp:in-block(.)] | tei:docAuthor[tkp:in-block(.)]
      | tei:docImprint[tkp:in-block(.)] | tei:docDate[tkp:in-block(.)] | tei:docEdition[tkp:in-block(.)]"
      mode="tkp:fo" priority="1">
    <fo:block space-after="4pt">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:argument | tei:epigraph" mode="tkp:fo">
    <fo:block margin-left="3em" font-size="{$font-size * 0.92}pt" font-style="italic" space-before="0.4em"
        space-after="0.8em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:trailer" mode="tkp:fo">
    <fo:block text-align="center" font-style="italic" space-before="0.6em" space-after="0.6em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <!-- quotations -->

  <xsl:template match="tei:quote | tei:q | tei:said | tei:cit" mode="tkp:fo">
    <fo:inline>
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:quote[tkp:block-quotation(.)] | tei:q[tkp:block-quotation(.)] | tei:said[tkp:block-quotation(.)]
      | tei:cit[tkp:block-quotation(.)]" mode="tkp:fo" priority="1">
    <fo:block margin-left="1.5em" margin-right="1.5em" space-before="0.3em" space-after="0.5em">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:function name="tkp:block-quotation" as="xs:boolean">
    <xsl:param name="quote" as="element()"/>
    <xsl:sequence select="tkp:in-block($quote) or exists($quote/(tei:p | tei:lg | tei:l | tei:sp | tei:quote[tei:p | tei:l]))
        or tokenize($quote/@rend) = ('blockquote', 'block', 'display')"/>
  </xsl:function>

  <!-- figures: teikit stays offline and embeds no images; a figure shows what it is -->

  <xsl:template match="tei:figure" mode="tkp:fo">
    <fo:block margin-left="1.5em" margin-right="1.5em" space-before="0.5em" space-after="0.6em"
        font-size="{$font-size * 0.9}pt" keep-together.within-page="always">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:figDesc" mode="tkp:fo">
    <fo:block font-style="italic" color="#444444">
      <xsl:sequence select="tkp:id(.), tkp:rend(.)"/>
      <xsl:apply-templates mode="tkp:fo"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:graphic | tei:media | tei:binaryObject" mode="tkp:fo">
    <fo:inline font-family="{$tkp:heading-fonts}" font-size="{$font-size * 0.75}pt" color="#555555">
      <xsl:sequence select="tkp:id(.)"/>[image{@url ! (': ' || .)}]</fo:inline>
  </xsl:template>

  <!-- examples of code or markup, as they stand -->

  <xsl:template match="tei:eg | eg:egXML" mode="tkp:fo">
    <fo:block font-family="{$tkp:mono-fonts}" font-size="{$font-size * 0.78}pt" line-height="1.2"
        linefeed-treatment="preserve" white-space-collapse="false" white-space-treatment="preserve"
        wrap-option="wrap" background-color="#f3f3f3" padding="3pt" space-before="0.4em" space-after="0.6em"
        text-align="start">
      <xsl:sequence select="tkp:id(.)"/>
      <xsl:value-of select="if (*) then serialize(node()) else replace(string(.), '^\s*\n|\s+$', '')"/>
    </fo:block>
  </xsl:template>

  <!-- a generated division: a table of contents where one is asked for; other kinds (an index …)
       are not generated -->

  <xsl:template match="tei:divGen" mode="tkp:fo"/>

  <xsl:template match="tei:divGen[not(@type) or @type = ('toc', 'contents')]" mode="tkp:fo" priority="1">
    <fo:block space-before="8pt" space-after="8pt">
      <xsl:sequence select="tkp:id(.)"/>
      <fo:block font-family="{$tkp:heading-fonts}" font-weight="bold" space-after="4pt">Contents</fo:block>
      <xsl:for-each select="ancestor::tei:text[1]/(tei:front | tei:body | tei:back)/*[tkp:is-division(.)][tei:head]
          /descendant-or-self::*[tkp:is-division(.)][tei:head][count(ancestor::*[tkp:is-division(.)]) lt 3]">
        <fo:block text-align-last="justify" margin-left="{count(ancestor::*[tkp:is-division(.)]) * 1.5}em">
          <fo:basic-link internal-destination="{tkp:division-id(.)}">{tkp:shorten(tkp:plain(tei:head[1]), 100)}</fo:basic-link>
          <fo:leader leader-pattern="dots"/>
          <fo:page-number-citation ref-id="{tkp:division-id(.)}"/>
        </fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- not printed: the source's own running heads, catchwords and page numbers (page breaks are) -->
  <xsl:template match="tei:fw" mode="tkp:fo"/>

</xsl:stylesheet>
