<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI → plain text in the form of FRUS web text: the heading line, blocks separated by blank
  lines, [Page N] markers where the page breaks stand, note numbers where the notes are anchored,
  and the notes listed at the end ("  1. text") with the labels and kinds of common/notes.xsl, as in
  HTML and PDF. A choice shows the reading the other outputs show; deletions are left out. Text inside blocks is copied as it stands, so
  that a document converted by teikit renders back to its input (convert round trip); text laid
  out over several lines in the XML (pretty-printed TEI) is joined into one line per block.
  With style 'reading' the markers and the note list are left out: a pure reading text.
  Any TEI renders: an element without a rule of its own is read for its blocks or its text, and
  reported once ("teikit:unhandled NAME").
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="../common/structure.xsl"/>
  <xsl:include href="../common/inline.xsl"/>
  <xsl:include href="../common/notes.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:mode name="tkp:block" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:mode name="tkp:inline" on-no-match="text-only-copy" on-multiple-match="fail"/>

  <!-- how markers are written: FRUS web text by default, an editor's own conventions on request -->
  <xsl:param name="page-marker-before" as="xs:string" select="'[Page '"/>
  <xsl:param name="page-marker-after" as="xs:string" select="']'"/>
  <xsl:param name="note-marker-before" as="xs:string" select="''"/>
  <xsl:param name="note-marker-after" as="xs:string" select="''"/>

  <!-- 'edition' (markers and note list) or 'reading' (text only) -->
  <xsl:param name="style" as="xs:string" select="'edition'"/>

  <xsl:variable name="tkp:nl" as="xs:string" select="'&#10;'"/>
  <xsl:variable name="tkp:reading" as="xs:boolean" select="$style = 'reading'"/>

  <xsl:template match="/">
    <xsl:variable name="document" as="element()?"
        select="(//tei:text//tei:div[@type = 'document'], /tei:TEI/tei:text, /*)[1]"/>
    <xsl:variable name="blocks" as="xs:string*">
      <!-- the heading comes first even where a source note stands before it -->
      <xsl:apply-templates select="$document/tei:head[1], tkp:leading-pages($document),
          $document/* except $document/tei:head[1]" mode="tkp:block"/>
    </xsl:variable>
    <xsl:variable name="notes" as="xs:string*" select="tkp:note-list($document)[not($tkp:reading)]"/>
    <xsl:value-of select="string-join(($blocks, string-join($notes, $tkp:nl)[exists($notes)]), $tkp:nl || $tkp:nl)"/>
  </xsl:template>

  <!-- blocks: one string each -->

  <!-- the heading line starts with the document number, which older volumes leave out of the head -->
  <xsl:template match="tei:div[@type = 'document'][@n]/tei:head[1]" mode="tkp:block" as="xs:string">
    <xsl:variable name="text" as="xs:string" select="tkp:inline(.)"/>
    <xsl:variable name="number" as="xs:string" select="../@n || '.'"/>
    <xsl:sequence select="if (starts-with($text, $number)) then $text else $number || ' ' || $text"/>
  </xsl:template>

  <xsl:template match="tei:head | tei:p | tei:ab | tei:quote | tei:label | tei:salute | tei:signed | tei:dateline
      | tei:l | tei:speaker | tei:stage | tei:trailer | tei:byline | tei:docAuthor | tei:docImprint | tei:docDate
      | tei:titlePart | tei:castItem | tei:role | tei:roleDesc | tei:set"
      mode="tkp:block" as="xs:string">
    <xsl:sequence select="tkp:inline(.)"/>
  </xsl:template>

  <!-- a paragraph that holds a list or a block quotation shows them as blocks of their own -->
  <xsl:template match="tei:p[tei:list | tei:quote[tkp:is-block-quote(.)] | tei:table]" mode="tkp:block" as="xs:string*">
    <xsl:for-each-group select="node()"
        group-adjacent="boolean(self::tei:list | self::tei:quote[tkp:is-block-quote(.)] | self::tei:table)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()" mode="tkp:block"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="tkp:inline-nodes(current-group())[normalize-space()]"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template match="tei:quote[tei:p]" mode="tkp:block" as="xs:string*">
    <xsl:apply-templates select="*" mode="tkp:block"/>
  </xsl:template>

  <xsl:template match="tei:pb" mode="tkp:block" as="xs:string?">
    <xsl:sequence select="tkp:page-marker(.)[not($tkp:reading)]"/>
  </xsl:template>

  <!-- verse: a line each -->
  <xsl:template match="tei:lg" mode="tkp:block" as="xs:string">
    <xsl:sequence select="string-join((tei:head, tei:l) ! tkp:inline(.), $tkp:nl)"/>
  </xsl:template>

  <!-- what has no rule: its blocks if it holds any, else its text as a block of its own -->
  <xsl:template match="*" mode="tkp:block" priority="-1" as="xs:string*">
    <xsl:message select="'teikit:unhandled ' || local-name()"/>
    <xsl:choose>
      <xsl:when test="tkp:holds-blocks(.)">
        <xsl:apply-templates select="*" mode="tkp:block"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="tkp:inline(.)[normalize-space()]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the header, facsimiles and forme work are not part of the text -->
  <xsl:template match="tei:teiHeader | tei:facsimile | tei:standOff | tei:fw" mode="tkp:block" as="empty-sequence()"/>

  <!-- a label standing before its item (glossary style) is prefixed to it, as a label inside it is -->
  <xsl:template match="tei:list" mode="tkp:block" as="xs:string">
    <xsl:sequence select="string-join((tei:head ! tkp:inline(.), (tei:item | tei:pb) ! tkp:list-line(.)), $tkp:nl)"/>
  </xsl:template>

  <xsl:template match="tei:table" mode="tkp:block" as="xs:string">
    <xsl:sequence select="string-join(tei:row ! string-join(tei:cell ! tkp:inline(.), '&#9;'), $tkp:nl)"/>
  </xsl:template>

  <xsl:template match="tei:opener | tei:closer" mode="tkp:block" as="xs:string">
    <xsl:sequence select="string-join(* ! tkp:inline(.), $tkp:nl)"/>
  </xsl:template>

  <xsl:template match="tei:div | tei:floatingText | tei:floatingText/tei:body | frus:attachment | tei:text | tei:front
      | tei:body | tei:back | tei:group | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:sp | tei:castList
      | tei:castGroup | tei:titlePage | tei:docTitle | tei:argument | tei:epigraph | tei:postscript | tei:lg[tei:lg]"
      mode="tkp:block" as="xs:string*">
    <!-- verse lines standing one after another (a speech in verse) are one block, a line each -->
    <xsl:for-each-group select="*" group-adjacent="boolean(self::tei:l)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:sequence select="string-join(current-group() ! tkp:inline(.), $tkp:nl)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="current-group()" mode="tkp:block"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <!-- a listed note standing between blocks is only listed at the end; any other note is a block there -->
  <xsl:template match="tei:note" mode="tkp:block" as="xs:string?">
    <xsl:sequence select="tkp:inline(.)[not(tk:is-listed-note(current()))][normalize-space()]"/>
  </xsl:template>

  <!-- an unnumbered source note printed as a line under the heading (older FRUS volumes) -->
  <xsl:template match="tei:note[@rend = 'inline'][not(@n)]" mode="tkp:block" as="xs:string">
    <xsl:sequence select="tkp:inline(.)"/>
  </xsl:template>

  <!-- running text -->

  <xsl:template match="tei:pb" mode="tkp:inline" as="xs:string?">
    <xsl:sequence select="tkp:page-marker(.)[not($tkp:reading)]"/>
  </xsl:template>

  <!-- text laid out over several lines in the XML is one line of prose -->
  <xsl:template match="text()[contains(., '&#10;')]" mode="tkp:inline" as="xs:string">
    <xsl:sequence select="translate(., '&#10;&#13;&#9;', '   ')"/>
  </xsl:template>

  <xsl:template match="tei:fw | tei:teiHeader" mode="tkp:inline" as="empty-sequence()"/>

  <xsl:template match="tei:lb" mode="tkp:inline" as="xs:string">
    <xsl:sequence select="$tkp:nl"/>
  </xsl:template>

  <!-- a listed note leaves its label where it is anchored -->
  <xsl:template match="tei:note" mode="tkp:inline" as="xs:string?">
    <xsl:sequence select="($note-marker-before || tk:note-label(.) || $note-marker-after)
        [tk:note-has-marker(current())][not($tkp:reading)]"/>
  </xsl:template>

  <!-- a note in the line or the margin stays where it stands, in brackets -->
  <xsl:template match="tei:note[tk:note-kind(.) = ('inline', 'margin')]" mode="tkp:inline" as="xs:string">
    <xsl:sequence select="' [' || normalize-space(tkp:inline(.)) || ']'"/>
  </xsl:template>

  <xsl:template match="tei:choice" mode="tkp:inline" as="xs:string?">
    <xsl:apply-templates select="tk:choice-reading(.)" mode="tkp:inline"/>
  </xsl:template>

  <!-- the text as it reads after the writer's deletions -->
  <xsl:template match="tei:del" mode="tkp:inline" as="empty-sequence()"/>

  <xsl:template match="tei:gap" mode="tkp:inline" as="xs:string">
    <xsl:sequence select="'[…]'"/>
  </xsl:template>

  <!-- a pointer has no text of its own: where it points, in angle brackets as plain text writes URIs -->
  <xsl:template match="tei:ptr" mode="tkp:inline" as="xs:string?">
    <xsl:sequence select="tk:link-target(.) ! ('&lt;' || . || '&gt;')"/>
  </xsl:template>

  <!-- the paragraphs of a note, and text before them, are joined by a space, as on one line of the note list -->
  <xsl:template match="tei:note//tei:p[preceding-sibling::node()[self::* or normalize-space()]]" mode="tkp:inline"
      as="xs:string">
    <xsl:sequence select="' ' || tkp:inline(.)"/>
  </xsl:template>

  <!-- the note list -->

  <xsl:function name="tkp:note-list" as="xs:string*">
    <xsl:param name="document" as="element()?"/>
    <!-- a source note printed under the heading (older FRUS volumes) is not listed again -->
    <xsl:variable name="notes" as="element(tei:note)*"
        select="tk:listed-notes($document)[not(ancestor::tei:note)][not(@rend = 'inline' and not(@n))]"/>
    <!-- FRUS's web text marks the source note 0 in the heading but lists it as 1, and every note after it
         one up; a converted document keeps the markers as @n, so its list is written the website's way -->
    <xsl:variable name="shift" as="xs:integer" select="if ($notes[@type = 'source'][@n = '0']) then 1 else 0"/>
    <xsl:sequence select="$notes ! ('  ' || tkp:list-label(tk:note-label(.), $shift) || '. ' || tkp:inline(.))"/>
  </xsl:function>

  <xsl:function name="tkp:list-label" as="xs:string">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="shift" as="xs:integer"/>
    <xsl:sequence select="if ($label castable as xs:integer) then string(xs:integer($label) + $shift) else $label"/>
  </xsl:function>

  <!-- page breaks standing just before the document's div belong to it -->
  <xsl:function name="tkp:leading-pages" as="element(tei:pb)*">
    <xsl:param name="document" as="element()?"/>
    <xsl:sequence select="$document[self::tei:div]/preceding-sibling::tei:pb
        [empty(following-sibling::*[. &lt;&lt; $document][not(self::tei:pb)])]"/>
  </xsl:function>

  <!-- a quotation set off as a block, not one running in the sentence -->
  <xsl:function name="tkp:is-block-quote" as="xs:boolean">
    <xsl:param name="quote" as="element(tei:quote)"/>
    <xsl:sequence select="exists($quote/(tei:p | tei:lg | tei:l)) or tk:rend($quote) = 'block'"/>
  </xsl:function>

  <!-- a block's text; where the XML laid it out over several lines, without the layout's edges -->
  <xsl:function name="tkp:inline" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="tkp:inline-nodes($element/node())"/>
  </xsl:function>

  <xsl:function name="tkp:inline-nodes" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="tkp:inline"/>
    </xsl:variable>
    <xsl:variable name="text" as="xs:string" select="string-join($parts)"/>
    <!-- layout whitespace: each line of the block (lines come from lb) normalised on its own -->
    <xsl:sequence select="if ($nodes/descendant-or-self::text()[contains(., '&#10;')] or $nodes/descendant-or-self::tei:lb
        or tkp:padded($nodes))
        then string-join(tokenize($text, '&#10;') ! normalize-space(.), '&#10;')
        else $text"/>
  </xsl:function>

  <!-- layout in the XML: a block that starts or ends with a text node of spaces only -->
  <xsl:function name="tkp:padded" as="xs:boolean">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="exists(($nodes[1], $nodes[last()])[self::text()][not(normalize-space())])"/>
  </xsl:function>

  <xsl:function name="tkp:list-line" as="xs:string?">
    <xsl:param name="child" as="element()"/>
    <xsl:sequence select="if ($child/self::tei:pb) then tkp:page-marker($child)[not($tkp:reading)] else tkp:item($child)"/>
  </xsl:function>

  <!-- an item's line; lists nested in it give further lines -->
  <xsl:function name="tkp:item" as="xs:string">
    <xsl:param name="item" as="element(tei:item)"/>
    <xsl:variable name="label" as="xs:string?" select="($item/preceding-sibling::*[1][self::tei:label] ! tkp:inline(.),
        $item[empty(tei:label)]/@n ! (if (matches(., '[.):\]]$')) then string(.) else . || '.'))[1]"/>
    <xsl:variable name="own" as="xs:string" select="tkp:inline-nodes($item/node() except $item/tei:list)"/>
    <xsl:variable name="nested" as="xs:string*">
      <xsl:apply-templates select="$item/tei:list" mode="tkp:block"/>
    </xsl:variable>
    <xsl:sequence select="string-join((string-join(($label, $own[normalize-space()]), ' '), $nested)
        [normalize-space()], $tkp:nl)"/>
  </xsl:function>

  <xsl:function name="tkp:holds-blocks" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/(tei:p | tei:div | tei:lg | tei:l | tei:sp | tei:list | tei:table | tei:ab
        | tei:head | tei:quote[tei:p] | tei:floatingText | tei:castList | tei:stage))"/>
  </xsl:function>

  <xsl:function name="tkp:page-marker" as="xs:string">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:sequence select="$page-marker-before || $pb/@n || $page-marker-after"/>
  </xsl:function>

</xsl:stylesheet>
