<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI header → one MODS 3.8 record (the descriptive metadata of teikit export mets; on its own it
  writes a standalone mods:mods document).

    titleInfo          the main title (tk:title), subtitles, short titles as type="abbreviated"
    name               sender (correspAction sent: marcrelator aut), addressee (received: rcp),
                       editors (edt); titleStmt/author (aut) only where no sender is named
    typeOfResource     text
    genre              the kind of document (tk:document-kind), else the TEI's @type
    originInfo         production: where and when it was written (correspDesc, else the dateline);
                       publication: publicationStmt's publisher, pubPlace and dates
    language           the declared language as an RFC 5646 tag (none when the TEI declares none)
    subject            keywords terms, one subject per keywords scheme
    relatedItem        host: the edition (editionStmt, monographic title); series: seriesStmt and
                       series titles; original: the archival source (msIdentifier, bibl
                       type="archival"); otherVersion: other editions cited in sourceDesc
    part               the document's number in its edition
    identifier         publicationStmt/idno (handle, doi, uri …), the TEI's xml:id (local)
    accessCondition    availability/licence (its text, its @target as xlink:href), else availability/p
    recordInfo         where the record comes from

  The values come from the shared functions of ../common/ (the same title, names, places and dates
  as the HTML and PDF show). Nothing here reads the clock or makes ids: the same TEI gives the
  same record.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:mods="http://www.loc.gov/mods/v3"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="../common/structure.xsl"/>
  <xsl:include href="../common/correspondence.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:mode name="tk:mods" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:mode name="tkp:name" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:mode name="tkp:date" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:mode name="tkp:published-date" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:mode name="tkp:source" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:mode name="tkp:access" on-no-match="fail" on-multiple-match="fail"/>

  <!-- a correspondence role or header role as MARC relator code and teikit's word for it -->
  <xsl:variable name="tkp:roles" as="map(xs:string, xs:string+)" select="map {
      'sent': ('aut', 'sender'), 'received': ('rcp', 'addressee'), 'editor': ('edt', 'editor'), 'author': ('aut', 'author') }"/>

  <!-- TEI idno/@type as MODS identifier/@type -->
  <xsl:variable name="tkp:identifier-types" as="map(xs:string, xs:string)" select="map {
      'handle': 'hdl', 'hdl': 'hdl', 'doi': 'doi', 'uri': 'uri', 'url': 'uri', 'urn': 'urn', 'isbn': 'isbn', 'issn': 'issn' }"/>

  <xsl:template match="/">
    <xsl:apply-templates select="." mode="tk:mods"/>
  </xsl:template>

  <xsl:template match="document-node()" mode="tk:mods">
    <xsl:variable name="header" as="element(tei:teiHeader)?" select="tk:header(.)"/>
    <xsl:variable name="file" as="element(tei:fileDesc)?" select="$header/tei:fileDesc"/>
    <xsl:variable name="titles" as="element(tei:title)*" select="$file/tei:titleStmt/tei:title"/>
    <mods:mods version="3.8">
      <mods:titleInfo>
        <mods:title>{tk:title(.)}</mods:title>
        <xsl:for-each select="tk:subtitles(.)">
          <mods:subTitle>{.}</mods:subTitle>
        </xsl:for-each>
      </mods:titleInfo>
      <xsl:for-each select="distinct-values($titles[@type = 'short'] ! tk:plain-text(.)[.])">
        <mods:titleInfo type="abbreviated">
          <mods:title>{.}</mods:title>
        </mods:titleInfo>
      </xsl:for-each>
      <xsl:call-template name="tkp:correspondents">
        <xsl:with-param name="role" select="'sent'"/>
      </xsl:call-template>
      <xsl:call-template name="tkp:correspondents">
        <xsl:with-param name="role" select="'received'"/>
      </xsl:call-template>
      <xsl:if test="empty(tk:correspondents(., 'sent'))">
        <xsl:apply-templates select="$file/tei:titleStmt/tei:author" mode="tkp:name">
          <xsl:with-param name="role" select="'author'"/>
        </xsl:apply-templates>
      </xsl:if>
      <xsl:apply-templates select="$file/tei:titleStmt/tei:editor" mode="tkp:name">
        <xsl:with-param name="role" select="'editor'"/>
      </xsl:apply-templates>
      <mods:typeOfResource>text</mods:typeOfResource>
      <xsl:for-each select="tk:genre(.)">
        <mods:genre>{tk:kind-label(.)}</mods:genre>
      </xsl:for-each>
      <xsl:call-template name="tkp:production"/>
      <xsl:call-template name="tkp:publication">
        <xsl:with-param name="statement" select="$file/tei:publicationStmt"/>
      </xsl:call-template>
      <xsl:for-each select="tk:declared-language(.)">
        <mods:language>
          <mods:languageTerm type="code" authority="rfc5646">{.}</mods:languageTerm>
        </mods:language>
      </xsl:for-each>
      <xsl:for-each select="$header/tei:profileDesc/tei:textClass/tei:keywords[tei:term[not(@type = 'document-kind')][normalize-space()]]">
        <mods:subject>
          <xsl:if test="@scheme">
            <xsl:attribute name="authorityURI" select="@scheme"/>
          </xsl:if>
          <xsl:for-each select="tei:term[not(@type = 'document-kind')] ! tk:plain-text(.)[.]">
            <mods:topic>{.}</mods:topic>
          </xsl:for-each>
        </mods:subject>
      </xsl:for-each>
      <xsl:call-template name="tkp:related-title">
        <xsl:with-param name="type" select="'host'"/>
        <xsl:with-param name="titles" select="($file/tei:editionStmt/tei:edition, $titles[@level = 'm'])"/>
      </xsl:call-template>
      <xsl:call-template name="tkp:related-title">
        <xsl:with-param name="type" select="'series'"/>
        <xsl:with-param name="titles" select="($file/tei:seriesStmt/(if (tei:title) then tei:title else tei:p), $titles[@level = 's'])"/>
      </xsl:call-template>
      <xsl:apply-templates select="$file/tei:sourceDesc/(tei:msDesc | tei:listWit/tei:witness/tei:msDesc | tei:bibl[normalize-space()])"
          mode="tkp:source"/>
      <xsl:for-each select="tk:document-number(.)">
        <mods:part>
          <mods:detail type="document">
            <mods:number>{.}</mods:number>
          </mods:detail>
        </mods:part>
      </xsl:for-each>
      <xsl:for-each select="$file/tei:publicationStmt/tei:idno[normalize-space()]">
        <mods:identifier>
          <xsl:for-each select="@type[normalize-space()] ! lower-case(normalize-space())">
            <xsl:attribute name="type" select="($tkp:identifier-types(.), .)[1]"/>
          </xsl:for-each>
          <xsl:text>{normalize-space()}</xsl:text>
        </mods:identifier>
      </xsl:for-each>
      <xsl:for-each select="tk:local-identifier(.)">
        <mods:identifier type="local">{.}</mods:identifier>
      </xsl:for-each>
      <xsl:apply-templates select="$file/tei:publicationStmt/tei:availability" mode="tkp:access"/>
      <mods:recordInfo>
        <mods:recordOrigin>Derived from the TEI header by teikit (xslt/export/tei-to-mods.xsl).</mods:recordOrigin>
      </mods:recordInfo>
    </mods:mods>
  </xsl:template>

  <!-- the kind of document as a token: the header's or the heading's (tk:document-kind), else the TEI's @type -->
  <xsl:function name="tk:genre" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(tk:document-kind($node), tkp:root-element($node)/@type ! normalize-space(.))[.][1]"/>
  </xsl:function>

  <!-- the document's own id: the TEI's xml:id, else its document div's -->
  <xsl:function name="tk:local-identifier" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(tkp:root-element($node)/@xml:id, tk:document-div($node)/@xml:id)[1] ! string()"/>
  </xsl:function>

  <!-- names -->

  <!-- who sent or received: the header's name elements, else the names of the document's heading -->
  <xsl:template name="tkp:correspondents">
    <xsl:param name="role" as="xs:string"/>
    <xsl:variable name="names" as="element()*" select="tk:correspondence-actions(., $role)
        /(tei:persName | tei:orgName | tei:name | tei:rs)[normalize-space()]"/>
    <xsl:apply-templates select="$names" mode="tkp:name">
      <xsl:with-param name="role" select="$role"/>
    </xsl:apply-templates>
    <xsl:for-each select="tk:correspondents(., $role)[empty($names)]">
      <xsl:call-template name="tkp:name">
        <xsl:with-param name="role" select="$role"/>
        <xsl:with-param name="text" select="."/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:persName | tei:orgName | tei:name | tei:rs | tei:author | tei:editor[not(tei:persName | tei:name | tei:orgName)]"
      mode="tkp:name">
    <xsl:param name="role" as="xs:string" required="yes"/>
    <xsl:call-template name="tkp:name">
      <xsl:with-param name="role" select="$role"/>
      <xsl:with-param name="text" select="tk:plain-text(.)"/>
      <xsl:with-param name="type" select="map { 'persName': 'personal', 'orgName': 'corporate' }(local-name())"/>
      <xsl:with-param name="uri" select="(@ref, @key)[matches(., '^https?://\S+$')][1]"/>
    </xsl:call-template>
  </xsl:template>

  <!-- an editor statement naming several people: one name each -->
  <xsl:template match="tei:editor[tei:persName | tei:name | tei:orgName]" mode="tkp:name">
    <xsl:param name="role" as="xs:string" required="yes"/>
    <xsl:apply-templates select="tei:persName | tei:name | tei:orgName" mode="tkp:name">
      <xsl:with-param name="role" select="$role"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template name="tkp:name">
    <xsl:param name="role" as="xs:string"/>
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="type" as="xs:string?" select="()"/>
    <xsl:param name="uri" as="xs:string?" select="()"/>
    <mods:name>
      <xsl:if test="exists($type)">
        <xsl:attribute name="type" select="$type"/>
      </xsl:if>
      <xsl:if test="exists($uri)">
        <xsl:attribute name="valueURI" select="$uri"/>
      </xsl:if>
      <mods:namePart>{$text}</mods:namePart>
      <mods:role>
        <mods:roleTerm type="code" authority="marcrelator">{$tkp:roles($role)[1]}</mods:roleTerm>
        <mods:roleTerm type="text">{$tkp:roles($role)[2]}</mods:roleTerm>
      </mods:role>
    </mods:name>
  </xsl:template>

  <!-- dates -->

  <!-- where and when it was written: the places and dates of sending (tk:correspondence-places, -dates) -->
  <xsl:template name="tkp:production">
    <xsl:variable name="places" as="xs:string*" select="tk:correspondence-places(., 'sent')"/>
    <xsl:variable name="dates" as="element()*" select="tk:correspondence-dates(., 'sent')"/>
    <xsl:if test="exists($places) or exists($dates)">
      <mods:originInfo eventType="production">
        <xsl:for-each select="$places">
          <mods:place>
            <mods:placeTerm type="text">{.}</mods:placeTerm>
          </mods:place>
        </xsl:for-each>
        <xsl:apply-templates select="$dates" mode="tkp:date">
          <xsl:with-param name="key-date" select="$dates[1]"/>
        </xsl:apply-templates>
      </mods:originInfo>
    </xsl:if>
  </xsl:template>

  <!-- a date as W3CDTF values (a point, or the start and end of a range) and as its words -->
  <xsl:template match="*" mode="tkp:date">
    <xsl:param name="key-date" as="element()" required="yes"/>
    <xsl:variable name="qualifier" as="xs:string?" select="'questionable'[current()/(@cert = ('low', 'unknown') or @evidence = 'conjecture')]"/>
    <xsl:variable name="key" as="xs:boolean" select=". is $key-date"/>
    <xsl:choose>
      <xsl:when test="tk:is-iso-date(@when)">
        <xsl:sequence select="tkp:date-created(@when, (), $qualifier, $key)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="tkp:date-created((@notBefore, @from)[tk:is-iso-date(.)][1], 'start', $qualifier, $key),
            tkp:date-created((@notAfter, @to)[tk:is-iso-date(.)][1], 'end', $qualifier, false())"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="tk:date-label(.)[.]">
      <mods:displayDate>{.}</mods:displayDate>
    </xsl:for-each>
  </xsl:template>

  <xsl:function name="tkp:date-created" as="element(mods:dateCreated)?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:param name="point" as="xs:string?"/>
    <xsl:param name="qualifier" as="xs:string?"/>
    <xsl:param name="key" as="xs:boolean"/>
    <xsl:if test="exists($value)">
      <mods:dateCreated encoding="w3cdtf">
        <xsl:if test="$key">
          <xsl:attribute name="keyDate" select="'yes'"/>
        </xsl:if>
        <xsl:if test="exists($point)">
          <xsl:attribute name="point" select="$point"/>
        </xsl:if>
        <xsl:if test="exists($qualifier)">
          <xsl:attribute name="qualifier" select="$qualifier"/>
        </xsl:if>
        <xsl:text>{normalize-space($value)}</xsl:text>
      </mods:dateCreated>
    </xsl:if>
  </xsl:function>

  <!-- the digital edition's publication: publisher, place and dates of the publicationStmt -->
  <xsl:template name="tkp:publication">
    <xsl:param name="statement" as="element(tei:publicationStmt)?"/>
    <xsl:variable name="publishers" as="xs:string*" select="$statement/(tei:publisher | tei:distributor | tei:authority) ! tk:plain-text(.)[.]"/>
    <xsl:variable name="places" as="xs:string*" select="$statement/tei:pubPlace ! tk:plain-text(.)[.]"/>
    <xsl:variable name="dates" as="element(tei:date)*" select="$statement/tei:date[@when or normalize-space()]"/>
    <xsl:if test="exists(($publishers, $places, $dates))">
      <mods:originInfo eventType="publication">
        <xsl:for-each select="$places">
          <mods:place>
            <mods:placeTerm type="text">{.}</mods:placeTerm>
          </mods:place>
        </xsl:for-each>
        <xsl:for-each select="$publishers">
          <mods:publisher>{.}</mods:publisher>
        </xsl:for-each>
        <xsl:apply-templates select="$dates" mode="tkp:published-date"/>
      </mods:originInfo>
    </xsl:if>
  </xsl:template>

  <!-- a date of publication (untyped, or typed as such); other dates of the statement keep their type -->
  <xsl:template match="tei:date[not(@type) or @type = ('published', 'posted', 'issued', 'publication')]" mode="tkp:published-date">
    <mods:dateIssued>
      <xsl:sequence select="tkp:w3cdtf(@when)"/>
      <xsl:text>{(@when[not(tk:is-iso-date(.))], tk:plain-text(.)[not(current()/@when)], @when)[1]}</xsl:text>
    </mods:dateIssued>
  </xsl:template>

  <xsl:template match="tei:date" mode="tkp:published-date">
    <mods:dateOther type="{@type}">
      <xsl:sequence select="tkp:w3cdtf(@when)"/>
      <xsl:text>{(@when[not(tk:is-iso-date(.))], tk:plain-text(.)[not(current()/@when)], @when)[1]}</xsl:text>
    </mods:dateOther>
  </xsl:template>

  <xsl:function name="tkp:w3cdtf" as="attribute()?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:if test="tk:is-iso-date($value)">
      <xsl:attribute name="encoding" select="'w3cdtf'"/>
    </xsl:if>
  </xsl:function>

  <!-- related items -->

  <xsl:template name="tkp:related-title">
    <xsl:param name="type" as="xs:string"/>
    <xsl:param name="titles" as="element()*"/>
    <xsl:for-each select="distinct-values($titles ! tk:plain-text(.)[.])">
      <mods:relatedItem type="{$type}">
        <mods:titleInfo>
          <mods:title>{.}</mods:title>
        </mods:titleInfo>
      </mods:relatedItem>
    </xsl:for-each>
  </xsl:template>

  <!-- the manuscript: where it is kept and under which shelfmark -->
  <xsl:template match="tei:msDesc" mode="tkp:source">
    <xsl:variable name="identifier" as="element(tei:msIdentifier)?" select="tei:msIdentifier"/>
    <xsl:variable name="holder" as="xs:string" select="string-join($identifier/(tei:repository | tei:institution, tei:settlement, tei:country)
        ! tk:plain-text(.)[.], ', ')"/>
    <xsl:variable name="shelfmarks" as="xs:string*" select="$identifier/(tei:idno | tei:altIdentifier/tei:idno) ! tk:plain-text(.)[.]"/>
    <xsl:if test="$holder or exists($shelfmarks)">
      <mods:relatedItem type="original">
        <mods:location>
          <xsl:if test="$holder">
            <mods:physicalLocation>{$holder}</mods:physicalLocation>
          </xsl:if>
          <xsl:for-each select="$shelfmarks">
            <mods:shelfLocator>{.}</mods:shelfLocator>
          </xsl:for-each>
        </mods:location>
      </mods:relatedItem>
    </xsl:if>
  </xsl:template>

  <!--
    A citation of the source: the archival original (teikit's bibl type="archival"), else another
    edition. The original's security classification (seg type="classification") is a note of its own.
  -->
  <xsl:template match="tei:bibl" mode="tkp:source">
    <xsl:variable name="classification" as="element(tei:seg)*" select="tei:seg[@type = 'classification']"/>
    <mods:relatedItem type="{if (@type = ('archival', 'original', 'manuscript')) then 'original' else 'otherVersion'}">
      <mods:note>{normalize-space(string-join((node() except $classification) ! (if (. instance of element()) then tk:plain-text(.) else string())))}</mods:note>
      <xsl:for-each select="$classification ! tk:plain-text(.)[.]">
        <mods:note type="classification">{.}</mods:note>
      </xsl:for-each>
    </mods:relatedItem>
  </xsl:template>

  <!-- licences -->

  <xsl:template match="tei:availability[tei:licence]" mode="tkp:access">
    <xsl:for-each select="tei:licence">
      <mods:accessCondition type="use and reproduction">
        <xsl:if test="@target">
          <xsl:attribute name="xlink:href" select="@target"/>
        </xsl:if>
        <xsl:text>{(tk:plain-text(.)[.], @target)[1]}</xsl:text>
      </mods:accessCondition>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:availability" mode="tkp:access">
    <xsl:for-each select="tk:plain-text(.)[.]">
      <mods:accessCondition type="use and reproduction">{.}</mods:accessCondition>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
