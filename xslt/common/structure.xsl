<?xml version="1.0" encoding="UTF-8"?>
<!--
  The shape of a TEI document, for every output: where its text is, whether it is one teikit
  document (a single div type="document"), which language it is in, and which elements stand as
  blocks of their own when they meet running text. Functions only; no output vocabulary here.

  Works on any TEI P5 tree: a TEI, a teiCorpus, or a bare element such as a FRUS volume's
  div type="document". Lookups go through keys, never through a // scan per node.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:variable name="tk:tei-namespace" as="xs:string" select="'http://www.tei-c.org/ns/1.0'"/>

  <xsl:key name="tkp:document-div" match="tei:div[@type = 'document'][not(ancestor::tei:teiHeader)]" use="'document'"/>

  <!-- elements that are blocks wherever they stand: a paragraph holding one is split around it -->
  <xsl:variable name="tkp:block-names" as="xs:string+" select="
      'ab', 'address', 'argument', 'back', 'body', 'byline', 'castList', 'closer', 'div', 'div1', 'div2',
      'div3', 'div4', 'div5', 'div6', 'div7', 'docImprint', 'docTitle', 'epigraph', 'floatingText', 'front',
      'group', 'head', 'l', 'lg', 'list', 'listBibl', 'listEvent', 'listOrg', 'listPerson', 'listPlace',
      'opener', 'p', 'postscript', 'sp', 'spGrp', 'table', 'text', 'titlePage', 'trailer'"/>

  <!-- the parts of a letter's opener and closer are lines of their own, even between text -->
  <xsl:variable name="tkp:letter-part-names" as="xs:string+" select="'address', 'dateline', 'salute', 'seg', 'signed'"/>

  <!-- containers whose children are blocks (a note standing directly in one has no place in running text) -->
  <xsl:variable name="tkp:container-names" as="xs:string+" select="
      'back', 'body', 'castGroup', 'castList', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7',
      'figure', 'floatingText', 'front', 'group', 'lg', 'list', 'listBibl', 'postscript', 'row', 'sp', 'spGrp',
      'table', 'text', 'titlePage'"/>

  <xsl:mode name="tkp:is-block" on-no-match="fail" on-multiple-match="fail"/>

  <!--
    Whether a node starts a block of its own when it stands among text (in a paragraph, an item,
    a cell, a note). Text nodes and phrase-level elements are not blocks.
  -->
  <xsl:function name="tk:is-block" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:apply-templates select="$node[self::element()]" mode="tkp:is-block"/>
    <xsl:sequence select="false()[$node[not(self::element())]]"/>
  </xsl:function>

  <xsl:template match="*" mode="tkp:is-block" as="xs:boolean" priority="-1">
    <xsl:sequence select="false()"/>
  </xsl:template>

  <xsl:template match="tei:*[local-name() = $tkp:block-names]" mode="tkp:is-block" as="xs:boolean">
    <xsl:sequence select="true()"/>
  </xsl:template>

  <xsl:template match="(tei:opener | tei:closer)/tei:*[local-name() = $tkp:letter-part-names]" mode="tkp:is-block"
      as="xs:boolean" priority="1">
    <xsl:sequence select="true()"/>
  </xsl:template>

  <!-- quotations, speech and citations are blocks when they hold blocks or are set off as blocks -->
  <xsl:template match="tei:quote[tei:p | tei:lg | tei:l | tei:ab | tei:list | tei:table | tei:sp | tei:floatingText]
      | tei:quote[tokenize(@rend) = ('blockquote', 'block', 'display')]
      | tei:q[tei:p | tei:lg | tei:l | tei:ab] | tei:said[tei:p | tei:lg | tei:l | tei:ab]
      | tei:cit[tei:quote[tk:is-block(.)]]" mode="tkp:is-block" as="xs:boolean" priority="1">
    <xsl:sequence select="true()"/>
  </xsl:template>

  <!-- whether an element's children are blocks: a note standing directly in one is not anchored in text -->
  <xsl:function name="tk:is-container" as="xs:boolean">
    <xsl:param name="element" as="element()?"/>
    <xsl:sequence select="namespace-uri($element) = $tk:tei-namespace and local-name($element) = $tkp:container-names"/>
  </xsl:function>

  <!-- the teiHeader of the TEI the node belongs to (the corpus header when it stands in a teiCorpus only) -->
  <xsl:function name="tk:header" as="element(tei:teiHeader)?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="tei" as="element()?" select="($node/ancestor-or-self::tei:TEI, tkp:root-element($node))[1]"/>
    <xsl:sequence select="$tei/tei:teiHeader"/>
  </xsl:function>

  <!-- the root element, whatever it is (TEI, teiCorpus, or a bare div) -->
  <xsl:function name="tkp:root-element" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="root" as="node()" select="root($node)"/>
    <xsl:sequence select="($root/self::element(), $root/*)[1]"/>
  </xsl:function>

  <!--
    What is rendered as text: the parts of the TEI (of each TEI in a corpus) but its header, its
    facsimiles and its stand-off annotation (text, sourceDoc); or the root element itself.
  -->
  <xsl:function name="tk:texts" as="element()*">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="root" as="element()?" select="tkp:root-element($node)"/>
    <xsl:sequence select="if ($root/self::tei:TEI or $root/self::tei:teiCorpus)
        then $root/descendant-or-self::tei:TEI/tk:text-parts(.) else $root"/>
  </xsl:function>

  <xsl:function name="tk:text-parts" as="element()*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/(* except (tei:teiHeader, tei:facsimile, tei:standOff))"/>
  </xsl:function>

  <!--
    The one teikit document of the tree: the single div type="document" outside the header, when
    there is exactly one (a FRUS volume holds hundreds and is rendered as a book instead).
  -->
  <xsl:function name="tk:document-div" as="element(tei:div)?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="root" as="node()" select="root($node)"/>
    <xsl:variable name="documents" as="element(tei:div)*" select="
        if ($root instance of document-node()) then key('tkp:document-div', 'document', $root)
        else $root/descendant-or-self::tei:div[@type = 'document']"/>
    <xsl:sequence select="$documents[count($documents) = 1]"/>
  </xsl:function>

  <!-- the language of the text: the TEI's xml:lang, its text's, the header's first language, else "en" -->
  <xsl:function name="tk:language" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="root" as="element()?" select="tkp:root-element($node)"/>
    <xsl:variable name="header" as="element(tei:teiHeader)?" select="tk:header($node)"/>
    <xsl:sequence select="(($root/@xml:lang, $root/tei:text/@xml:lang,
        $header/tei:profileDesc/tei:langUsage/tei:language[1]/@ident) ! normalize-space()[.], 'en')[1]"/>
  </xsl:function>

  <!-- the name under which an element is reported: its local name in TEI, else its qualified name -->
  <xsl:function name="tk:element-name" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="
        if (namespace-uri($element) = $tk:tei-namespace) then local-name($element)
        else if (prefix-from-QName(node-name($element))) then name($element)
        else 'Q{' || namespace-uri($element) || '}' || local-name($element)"/>
  </xsl:function>

  <!-- the text of an element as one line, leaving out its notes (for titles, labels and alt text) -->
  <xsl:function name="tk:plain-text" as="xs:string">
    <xsl:param name="element" as="element()?"/>
    <xsl:sequence select="normalize-space(string-join($element//text() except $element//tei:note//text()))"/>
  </xsl:function>

</xsl:stylesheet>
