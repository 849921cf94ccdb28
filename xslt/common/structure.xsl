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

  <!--
    The name lists the rules of mode tkp:is-block are made of are static: the patterns are written
    out at compile time as unions of names ("tei:ab | tei:address | …"), which Saxon files under each
    element name, instead of comparing every element's local name with a list. For the same reason
    the rules of that mode leave their priority to the default: a union with a priority of its own
    stays one rule that every element is tried against.
  -->

  <!-- elements that are blocks wherever they stand: a paragraph holding one is split around it -->
  <xsl:variable name="tkp:block-names" as="xs:string+" static="yes" select="
      'ab', 'address', 'argument', 'back', 'body', 'byline', 'castList', 'closer', 'div', 'div1', 'div2',
      'div3', 'div4', 'div5', 'div6', 'div7', 'docImprint', 'docTitle', 'epigraph', 'floatingText', 'front',
      'group', 'head', 'l', 'lg', 'list', 'listBibl', 'listEvent', 'listOrg', 'listPerson', 'listPlace',
      'opener', 'p', 'postscript', 'sp', 'spGrp', 'table', 'text', 'titlePage', 'trailer'"/>

  <!-- the parts of a letter's opener and closer are lines of their own, even between text -->
  <xsl:variable name="tkp:letter-part-names" as="xs:string+" static="yes" select="'address', 'dateline', 'salute', 'seg', 'signed'"/>

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

  <xsl:template _match="{string-join($tkp:block-names ! ('tei:' || .), ' | ')}" mode="tkp:is-block" as="xs:boolean">
    <xsl:sequence select="true()"/>
  </xsl:template>

  <xsl:template _match="{string-join($tkp:letter-part-names ! ('tei:opener/tei:' || . || ' | tei:closer/tei:' || .), ' | ')}"
      mode="tkp:is-block" as="xs:boolean">
    <xsl:sequence select="true()"/>
  </xsl:template>

  <!-- quotations, speech and citations are blocks when they hold blocks or are set off as blocks -->
  <xsl:template match="tei:quote[tei:p | tei:lg | tei:l | tei:ab | tei:list | tei:table | tei:sp | tei:floatingText]
      | tei:quote[tokenize(@rend) = ('blockquote', 'block', 'display')]
      | tei:q[tei:p | tei:lg | tei:l | tei:ab] | tei:said[tei:p | tei:lg | tei:l | tei:ab]
      | tei:cit[tei:quote[tk:is-block(.)]]" mode="tkp:is-block" as="xs:boolean">
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

  <!-- the language of the text as a language tag (BCP 47), else "en" (see tk:declared-language) -->
  <xsl:function name="tk:language" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(tk:declared-language($node), 'en')[1]"/>
  </xsl:function>

  <!--
    The language the document declares, as a language tag: the TEI's xml:lang, its text's, the
    header's first language; none when it declares none (metadata records must not guess).
  -->
  <xsl:function name="tk:declared-language" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="root" as="element()?" select="tkp:root-element($node)"/>
    <xsl:variable name="header" as="element(tei:teiHeader)?" select="tk:header($node)"/>
    <xsl:sequence select="(($root/@xml:lang, $root/tei:text/@xml:lang,
        $header/tei:profileDesc/tei:langUsage/tei:language[1]/@ident) ! tk:language-tag(.))[1]"/>
  </xsl:function>

  <!--
    An xml:lang value as a language tag that HTML and XSL-FO accept (BCP 47): the ISO 639-2 codes
    projects use ("fre", "ger", "lat") become the two-letter ones ("fr", "de", "la"); a two-letter
    code that is no language ("sp") gives none.
  -->
  <xsl:function name="tk:language-tag" as="xs:string?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="parts" as="xs:string*" select="tokenize(normalize-space($value), '[-_]')"/>
    <xsl:variable name="primary" as="xs:string" select="lower-case(string($parts[1]))"/>
    <xsl:variable name="language" as="xs:string?" select="(
        $tkp:iso-639-2($primary),
        $primary[string-length(.) = 2][. = $tkp:iso-639-1],
        $primary[matches(., '^[a-z]{3}$')],
        $primary[. = ('x', 'i')])[1]"/>
    <xsl:sequence select="string-join(($language, $parts[position() gt 1][matches(., '^[A-Za-z0-9]{1,8}$')]), '-')[exists($language)]"/>
  </xsl:function>

  <xsl:variable name="tkp:iso-639-1" as="xs:string+" select="tokenize('aa ab ae af ak am an ar as av ay az ba be bg bh bi
      bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha
      he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li
      ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn
      ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz
      ve vi vo wa wo xh yi yo za zh zu')"/>

  <!-- three-letter codes (ISO 639-2, bibliographic and terminological) that have a two-letter one -->
  <xsl:variable name="tkp:iso-639-2" as="map(xs:string, xs:string)" select="map {
      'alb': 'sq', 'ara': 'ar', 'arm': 'hy', 'baq': 'eu', 'bod': 'bo', 'bre': 'br', 'bul': 'bg', 'bur': 'my', 'cat': 'ca',
      'ces': 'cs', 'chi': 'zh', 'cor': 'kw', 'cym': 'cy', 'cze': 'cs', 'dan': 'da', 'deu': 'de', 'dut': 'nl', 'ell': 'el',
      'eng': 'en', 'est': 'et', 'eus': 'eu', 'fas': 'fa', 'fin': 'fi', 'fra': 'fr', 'fre': 'fr', 'geo': 'ka', 'ger': 'de',
      'gla': 'gd', 'gle': 'ga', 'glv': 'gv', 'gre': 'el', 'heb': 'he', 'hin': 'hi', 'hrv': 'hr', 'hun': 'hu', 'hye': 'hy',
      'ice': 'is', 'isl': 'is', 'ita': 'it', 'jpn': 'ja', 'kat': 'ka', 'kor': 'ko', 'lat': 'la', 'lav': 'lv', 'lit': 'lt',
      'mac': 'mk', 'mao': 'mi', 'may': 'ms', 'mkd': 'mk', 'mri': 'mi', 'msa': 'ms', 'mya': 'my', 'nld': 'nl', 'nor': 'no',
      'per': 'fa', 'pol': 'pl', 'por': 'pt', 'ron': 'ro', 'rum': 'ro', 'rus': 'ru', 'san': 'sa', 'slk': 'sk', 'slo': 'sk',
      'slv': 'sl', 'spa': 'es', 'sqi': 'sq', 'srp': 'sr', 'swe': 'sv', 'tib': 'bo', 'tur': 'tr', 'ukr': 'uk', 'wel': 'cy',
      'wln': 'wa', 'yid': 'yi', 'zho': 'zh' }"/>

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
