<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI P5 documents → one CMIF 1.1 file (Correspondence Metadata Interchange Format, TEI
  Correspondence SIG), for org.teikit.export.CmifExporter, which calls tk:cmif.

  Every correspDesc of the documents' teiHeaders becomes one correspDesc of the CMIF, in input
  order: its senders and addressees (persName, orgName; name and rs by their @type), places and
  dates, with authority URIs in @ref where the TEI has them (a local pointer is followed to its
  entry's idno); @key is the letter's id, @ref its URL, @source the bibl of its edition.
  Nothing is guessed: a document without correspDesc, a correspDesc that names no correspondent,
  and one whose names contradict their action are not listed, and each is reported as a finding.
  A side with no correspondent named is written "Unknown", as the CMIF documentation asks.

  The header comes from the options, else from the listed documents (tkp:header); a value CMIF
  requires that neither gives is returned as missing instead of a CMIF.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    xmlns:tkx="urn:teikit:extension"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="../common/structure.xsl"/>
  <xsl:include href="../common/correspondence.xsl"/>
  <xsl:include href="findings.xsl"/>
  <xsl:include href="parties.xsl"/>
  <xsl:include href="edition.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- documents and correspDescs to letters and findings -->
  <xsl:mode name="tkp:cmif" on-no-match="fail" on-multiple-match="fail"/>
  <!-- the children of a correspAction to CMIF's persName, orgName, placeName, date, or a finding -->
  <xsl:mode name="tkp:cmif-part" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:variable name="tkp:cc-by" as="xs:string" select="'https://creativecommons.org/licenses/by/4.0/'"/>
  <xsl:variable name="tkp:date-attributes" as="xs:string+"
      select="'when-iso', 'notBefore-iso', 'notAfter-iso', 'from-iso', 'to-iso', 'when', 'notBefore', 'notAfter', 'from', 'to'"/>
  <xsl:variable name="tkp:required" as="xs:string+" select="'title', 'publisher', 'editor', 'url', 'date', 'licence'"/>

  <!--
    $options: 'title', 'publisher' (one or more), 'editor' (one or more), 'email', 'url', 'licence',
    'date' (the file's timestamp); an absent key is derived from the documents where it can be.
    Returns map { 'cmif': document-node()?, 'letters': xs:integer, 'findings': map(*)*, 'missing': xs:string* }:
    no 'cmif' when a required value has no source ('missing' names them).
  -->
  <xsl:function name="tk:cmif" as="map(xs:string, item()*)" visibility="public">
    <xsl:param name="documents" as="document-node()*"/>
    <xsl:param name="options" as="map(xs:string, xs:string*)"/>
    <xsl:variable name="listed" as="element(tei:correspDesc)*" select="$documents ! tkp:correspDescs(.)[empty(tkp:skip-reason(.))]"/>
    <xsl:variable name="header" as="map(xs:string, xs:string*)" select="tkp:header($options, $listed)"/>
    <xsl:variable name="missing" as="xs:string*" select="$tkp:required[empty($header(.))]"/>
    <xsl:variable name="items" as="item()*">
      <xsl:apply-templates select="$documents" mode="tkp:cmif">
        <xsl:with-param name="header" select="$header" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:variable name="letters" as="element(tei:correspDesc)*" select="tk:elements($items)"/>
    <xsl:sequence select="map { 'letters': count($letters), 'findings': tk:findings($items), 'missing': $missing,
        'cmif': if (exists($missing)) then () else tkp:cmif-document($header, $listed, $letters) }"/>
  </xsl:function>

  <!-- the correspDescs of a document: its TEI's, or those of each TEI of a teiCorpus -->
  <xsl:function name="tkp:correspDescs" as="element(tei:correspDesc)*">
    <xsl:param name="document" as="document-node()"/>
    <xsl:sequence select="($document/tei:TEI, $document/tei:teiCorpus//tei:TEI)/tei:teiHeader/tei:profileDesc/tei:correspDesc"/>
  </xsl:function>

  <!-- why a correspDesc cannot be listed, or nothing -->
  <xsl:function name="tkp:skip-reason" as="map(*)?">
    <xsl:param name="correspDesc" as="element(tei:correspDesc)"/>
    <xsl:variable name="misplaced" as="element()*" select="$correspDesc/tei:correspAction ! tk:misplaced-parties(.)"/>
    <xsl:sequence select="
        if (exists($misplaced)) then tk:finding('EXP-CMIF-003', 'warning', $misplaced[1], tk:misplacement($misplaced[1])
            || ': who sent and who received cannot be told apart, so the letter is not listed')
        else if (empty(tk:parties($correspDesc, ('sent', 'received')))) then tk:finding('EXP-CMIF-002', 'warning', $correspDesc,
            'correspDesc names no sender and no addressee (persName, orgName, name or rs in a correspAction of type '
            || '&quot;sent&quot; or &quot;received&quot;): the letter is not listed')
        else ()"/>
  </xsl:function>

  <!-- ===== the header: options first, else what every listed document says -->

  <xsl:function name="tkp:header" as="map(xs:string, xs:string*)">
    <xsl:param name="options" as="map(xs:string, xs:string*)"/>
    <xsl:param name="listed" as="element(tei:correspDesc)*"/>
    <xsl:variable name="headers" as="element(tei:teiHeader)*" select="tkp:distinct-nodes($listed ! ancestor::tei:TEI[1]/tei:teiHeader)"/>
    <xsl:variable name="derived" as="map(xs:string, xs:string*)" select="map {
        'title': tkp:shared($headers ! string(tk:edition-title(.))),
        'publisher': tkp:named-by-all($headers, tk:publishers#1),
        'editor': tkp:named-by-all($headers, tk:editors#1),
        'date': (max($headers ! tk:edition-dates(.)), max($listed ! tkp:letter-dates(.)))[1] }"/>
    <xsl:sequence select="map:merge(($options, $derived), map { 'duplicates': 'use-first' })"/>
  </xsl:function>

  <!-- the one value all documents give, or nothing when one differs or is empty -->
  <xsl:function name="tkp:shared" as="xs:string?">
    <xsl:param name="values" as="xs:string*"/>
    <xsl:sequence select="$values[1][. and (every $v in $values satisfies $v eq $values[1])]"/>
  </xsl:function>

  <!-- the names all documents give together, or nothing when one of them gives none -->
  <xsl:function name="tkp:named-by-all" as="xs:string*">
    <xsl:param name="headers" as="element(tei:teiHeader)*"/>
    <xsl:param name="names" as="function(element(tei:teiHeader)?) as xs:string*"/>
    <xsl:sequence select="if (every $h in $headers satisfies exists($names($h))) then tk:distinct($headers ! $names(.)) else ()"/>
  </xsl:function>

  <!-- the nodes in the order they first come, each once (a path expression would sort them) -->
  <xsl:function name="tkp:distinct-nodes" as="node()*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:for-each-group select="$nodes" group-by="generate-id()">
      <xsl:sequence select="."/>
    </xsl:for-each-group>
  </xsl:function>

  <xsl:function name="tkp:letter-dates" as="xs:string*">
    <xsl:param name="correspDesc" as="element(tei:correspDesc)"/>
    <xsl:sequence select="$correspDesc/tei:correspAction/tei:date/@*[local-name() = $tkp:date-attributes] ! tk:cmif-date(.)"/>
  </xsl:function>

  <!-- ===== the CMIF file -->

  <xsl:function name="tkp:cmif-document" as="document-node()">
    <xsl:param name="header" as="map(xs:string, xs:string*)"/>
    <xsl:param name="listed" as="element(tei:correspDesc)*"/>
    <xsl:param name="letters" as="element(tei:correspDesc)*"/>
    <xsl:variable name="editions" as="xs:string+" select="if (exists($listed))
        then tk:distinct($listed ! tkp:edition-citation(ancestor::tei:TEI[1]/tei:teiHeader, $header))
        else tkp:own-citation($header)"/>
    <xsl:document>
      <TEI>
        <teiHeader>
          <fileDesc>
            <titleStmt>
              <title>{$header?title}</title>
              <xsl:for-each select="$header?editor">
                <editor>
                  <xsl:text>{.}</xsl:text>
                  <xsl:if test="position() = 1 and exists($header?email)">
                    <xsl:text> </xsl:text>
                    <email>{$header?email}</email>
                  </xsl:if>
                </editor>
              </xsl:for-each>
            </titleStmt>
            <publicationStmt>
              <xsl:for-each select="$header?publisher">
                <publisher>{.}</publisher>
              </xsl:for-each>
              <idno type="url">{$header?url}</idno>
              <date when="{$header?date}"/>
              <availability>
                <licence target="{$header?licence}">{tkp:licence-text($header?licence)}</licence>
              </availability>
            </publicationStmt>
            <sourceDesc>
              <xsl:for-each select="$editions">
                <bibl type="online" xml:id="{tkp:bibl-id(.)}">{.}</bibl>
              </xsl:for-each>
            </sourceDesc>
          </fileDesc>
          <profileDesc>
            <xsl:sequence select="$letters"/>
          </profileDesc>
        </teiHeader>
        <text>
          <body>
            <p/>
          </body>
        </text>
      </TEI>
    </xsl:document>
  </xsl:function>

  <!-- CMIF asks for CC BY 4.0 in these words; another licence is named by its URL -->
  <xsl:function name="tkp:licence-text" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="if (replace($url, '^http:', 'https:') = ($tkp:cc-by, replace($tkp:cc-by, '/$', '')))
        then 'This file is licensed under the terms of the Creative Commons License CC-BY 4.0'
        else 'This file is licensed under the terms of the licence at ' || $url"/>
  </xsl:function>

  <!--
    The edition a letter is published in, as a citation: the title, publishers and place its
    header gives; a header that names neither edition nor publisher belongs to the CMIF's own.
  -->
  <xsl:function name="tkp:edition-citation" as="xs:string">
    <xsl:param name="tei-header" as="element(tei:teiHeader)"/>
    <xsl:param name="header" as="map(xs:string, xs:string*)"/>
    <xsl:variable name="title" as="xs:string?" select="tk:edition-title($tei-header)"/>
    <xsl:variable name="publishers" as="xs:string*" select="tk:publishers($tei-header)"/>
    <xsl:sequence select="if (exists(($title, $publishers)))
        then string-join(($title, string-join(($publishers, tk:publication-places($tei-header)), ', ')[.]), '. ')
        else tkp:own-citation($header)"/>
  </xsl:function>

  <xsl:function name="tkp:own-citation" as="xs:string">
    <xsl:param name="header" as="map(xs:string, xs:string*)"/>
    <xsl:sequence select="string-join(($header?title, string-join($header?publisher, ', ')), '. ')"/>
  </xsl:function>

  <!-- a name-based UUID of the citation: the same edition keeps its id whenever the file is made -->
  <xsl:function name="tkp:bibl-id" as="xs:string">
    <xsl:param name="citation" as="xs:string"/>
    <xsl:sequence select="'edition-' || tkx:name-uuid('urn:teikit:cmif:edition:' || $citation)"/>
  </xsl:function>

  <!-- ===== documents and correspDescs -->

  <xsl:template match="document-node()" mode="tkp:cmif" as="item()*">
    <xsl:variable name="correspDescs" as="element(tei:correspDesc)*" select="tkp:correspDescs(.)"/>
    <xsl:apply-templates select="$correspDescs" mode="tkp:cmif"/>
    <xsl:sequence select="tk:finding('EXP-CMIF-001', 'warning', (*, .)[1],
        'no correspDesc in the teiHeader: the document is not listed')[empty($correspDescs)]"/>
  </xsl:template>

  <xsl:template match="tei:correspDesc[exists(tkp:skip-reason(.))]" mode="tkp:cmif" as="map(*)" priority="1">
    <xsl:sequence select="tkp:skip-reason(.)"/>
  </xsl:template>

  <xsl:template match="tei:correspDesc" mode="tkp:cmif" as="item()*">
    <xsl:param name="header" as="map(xs:string, xs:string*)" tunnel="yes"/>
    <xsl:variable name="tei-header" as="element(tei:teiHeader)" select="ancestor::tei:TEI[1]/tei:teiHeader"/>
    <!-- the document's id names the letter only when the document describes one letter -->
    <xsl:variable name="one-letter" as="xs:boolean" select="count(../tei:correspDesc) = 1"/>
    <xsl:variable name="key" as="xs:string?" select="(normalize-space(@key)[.], @xml:id ! string(), tk:document-id(.)[$one-letter])[1]"/>
    <xsl:variable name="url" as="xs:string?"
        select="(tokenize(normalize-space(@ref))[tk:is-web-uri(.)], tk:document-uris($tei-header))[1]"/>
    <xsl:variable name="sent" as="item()*">
      <xsl:apply-templates select="tei:correspAction[@type = 'sent']/*" mode="tkp:cmif-part"/>
    </xsl:variable>
    <xsl:variable name="received" as="item()*">
      <xsl:apply-templates select="tei:correspAction[@type = 'received']/*" mode="tkp:cmif-part"/>
    </xsl:variable>
    <correspDesc>
      <xsl:if test="$key">
        <xsl:attribute name="key" select="$key"/>
      </xsl:if>
      <xsl:if test="$url">
        <xsl:attribute name="ref" select="$url"/>
      </xsl:if>
      <xsl:attribute name="source" select="'#' || tkp:bibl-id(tkp:edition-citation($tei-header, $header))"/>
      <xsl:sequence select="tkp:action('sent', tk:elements($sent)), tkp:action('received', tk:elements($received))"/>
    </correspDesc>
    <xsl:sequence select="tk:findings(($sent, $received))"/>
    <xsl:sequence select="tei:correspAction[not(@type = ('sent', 'received'))] ! tk:finding('EXP-CMIF-006', 'info', .,
        'correspAction of type &quot;' || @type || '&quot; is left out: CMIF has &quot;sent&quot; and &quot;received&quot; only')"/>
    <xsl:sequence select="('sent', 'received')[empty(tk:parties(current(), .))] ! tk:finding('EXP-CMIF-004', 'info', current(),
        'no ' || map { 'sent': 'sender', 'received': 'addressee' }(.) || ' named: written as &quot;Unknown&quot;, as CMIF asks')"/>
  </xsl:template>

  <!-- names first, then places, then dates; a side with no correspondent named is "Unknown" -->
  <xsl:function name="tkp:action" as="element(tei:correspAction)">
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="parts" as="element()*"/>
    <correspAction type="{$type}">
      <xsl:sequence select="$parts[self::tei:persName or self::tei:orgName]"/>
      <xsl:if test="empty($parts[self::tei:persName or self::tei:orgName])">
        <persName>Unknown</persName>
      </xsl:if>
      <xsl:sequence select="$parts[self::tei:placeName], $parts[self::tei:date]"/>
    </correspAction>
  </xsl:function>

  <!-- ===== the parts of a correspAction -->

  <xsl:template match="tei:*[tk:name-kind(.) = 'person'][tk:plain-text(.)]" mode="tkp:cmif-part" as="item()*">
    <xsl:sequence select="tkp:named('persName', .)"/>
  </xsl:template>

  <xsl:template match="tei:*[tk:name-kind(.) = 'organisation'][tk:plain-text(.)]" mode="tkp:cmif-part" as="item()*">
    <xsl:sequence select="tkp:named('orgName', .)"/>
  </xsl:template>

  <xsl:template match="tei:*[tk:name-kind(.) = 'place'][tk:plain-text(.)]" mode="tkp:cmif-part" as="item()*">
    <xsl:sequence select="tkp:named('placeName', .)"/>
  </xsl:template>

  <!-- a date keeps the values CMIF takes; a date-time is shortened to its day -->
  <xsl:template match="tei:date" mode="tkp:cmif-part" as="item()*">
    <xsl:variable name="given" as="attribute()*" select="@*[local-name() = $tkp:date-attributes]"/>
    <xsl:variable name="refused" as="attribute()*" select="$given[empty(tk:cmif-date(.))]"/>
    <xsl:if test="exists($given except $refused)">
      <date>
        <xsl:for-each select="$given except $refused">
          <xsl:attribute name="{replace(local-name(), '-iso$', '')}" select="tk:cmif-date(.)"/>
        </xsl:for-each>
        <xsl:sequence select="tkp:qualifiers(.)"/>
      </date>
    </xsl:if>
    <xsl:sequence select="$refused ! tk:finding('EXP-CMIF-005', 'warning', ., '@' || local-name() || '=&quot;' || .
        || '&quot; is no date CMIF takes (YYYY, YYYY-MM or YYYY-MM-DD): left out')"/>
    <xsl:sequence select="tk:finding('EXP-CMIF-005', 'warning', ., 'date &quot;' || tk:plain-text(.)
        || '&quot; has no @when, @notBefore, @notAfter, @from or @to: left out')[empty($given)]"/>
  </xsl:template>

  <xsl:template match="*" mode="tkp:cmif-part" as="map(*)" priority="-1">
    <xsl:sequence select="tk:finding('EXP-CMIF-007', 'info', ., tk:element-name(.) || ' &quot;' || tk:plain-text(.)
        || '&quot; in a correspAction has no CMIF counterpart (CMIF takes persName, orgName and placeName with a name, and date): left out')"/>
  </xsl:template>

  <!-- a CMIF name with its authority URIs; a @ref that gives none is reported -->
  <xsl:function name="tkp:named" as="item()*">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="source" as="element()"/>
    <xsl:variable name="uris" as="xs:string*" select="tk:authority-uris($source)"/>
    <xsl:element name="{$name}" namespace="{$tk:tei-namespace}">
      <xsl:if test="exists($uris)">
        <xsl:attribute name="ref" select="$uris"/>
      </xsl:if>
      <xsl:sequence select="tkp:qualifiers($source)"/>
      <xsl:value-of select="tk:plain-text($source)"/>
    </xsl:element>
    <xsl:sequence select="tk:finding('EXP-CMIF-008', 'info', $source, tk:plain-text($source) || ': @ref=&quot;' || $source/@ref
        || '&quot; gives no authority URI (an http(s) URI, or a local entry with a GND, VIAF, LoC, BnF, NDL, GeoNames or Wikidata idno): written without')[normalize-space($source/@ref) and empty($uris)]"/>
  </xsl:function>

  <!-- CMIF's doubt markers: cert="low" and evidence="conjecture" only -->
  <xsl:function name="tkp:qualifiers" as="attribute()*">
    <xsl:param name="source" as="element()"/>
    <xsl:sequence select="$source/@cert[. = 'low'], $source/@evidence[. = 'conjecture']"/>
  </xsl:function>

  <!-- YYYY, YYYY-MM or YYYY-MM-DD as given; a date-time shortened to its day; anything else: nothing -->
  <xsl:function name="tk:cmif-date" as="xs:string?">
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="v" as="xs:string" select="normalize-space($value)"/>
    <xsl:sequence select="
        if (matches($v, '^\d{4}(-\d{2}(-\d{2})?)?$') and ($v castable as xs:date or $v castable as xs:gYearMonth or $v castable as xs:gYear)) then $v
        else if (matches($v, '^\d{4}-') and $v castable as xs:dateTime) then substring($v, 1, 10)
        else ()"/>
  </xsl:function>

</xsl:stylesheet>
