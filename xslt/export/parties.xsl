<?xml version="1.0" encoding="UTF-8"?>
<!--
  Who and where a correspAction names, for the exports: the kind of each name (person,
  organisation, place), the names whose own @type or @role contradicts their action (a persName
  type="addressee" inside correspAction type="sent"), and the authority-file URIs that identify them.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:tkp="urn:teikit:private"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:variable name="tkp:kinds-by-element" as="map(xs:string, xs:string)" select="map {
      'persName': 'person', 'orgName': 'organisation',
      'placeName': 'place', 'settlement': 'place', 'geogName': 'place', 'country': 'place', 'region': 'place',
      'district': 'place', 'bloc': 'place' }"/>

  <!-- name and rs say what they name in @type; an untyped one in a correspAction names a correspondent -->
  <xsl:variable name="tkp:kinds-by-type" as="map(xs:string, xs:string)" select="map {
      '': 'person', 'person': 'person', 'persons': 'person', 'pers': 'person', 'persname': 'person',
      'org': 'organisation', 'orgname': 'organisation', 'organisation': 'organisation',
      'organization': 'organisation', 'institution': 'organisation',
      'place': 'place', 'placename': 'place', 'settlement': 'place' }"/>

  <!-- the words by which a name says it belongs to the other action -->
  <xsl:variable name="tkp:other-role-words" as="map(xs:string, xs:string+)" select="map {
      'sent': ('addressee', 'recipient', 'receiver'),
      'received': ('sender', 'author', 'writer') }"/>

  <!-- GND, VIAF, Library of Congress, BnF, NDL, GeoNames, Wikidata: the files CMIF names -->
  <xsl:variable name="tkp:authority-pattern" as="xs:string" select="'^https?://(www\.)?(d-nb\.info/gnd/|viaf\.org/viaf/|id\.loc\.gov/authorities/|data\.bnf\.fr/|catalogue\.bnf\.fr/ark:|id\.ndl\.go\.jp/auth/|(sws\.)?geonames\.org/|wikidata\.org/(entity|wiki)/)\S+$'"/>

  <!-- 'person', 'organisation', 'place', or nothing for an element that names none of these -->
  <xsl:function name="tk:name-kind" as="xs:string?">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="
        if (namespace-uri($element) ne $tk:tei-namespace) then ()
        else if (local-name($element) = ('name', 'rs')) then $tkp:kinds-by-type(lower-case(normalize-space($element/@type)))
        else $tkp:kinds-by-element(local-name($element))"/>
  </xsl:function>

  <!-- the persons and organisations (with a name) of the actions of these types -->
  <xsl:function name="tk:parties" as="element()*">
    <xsl:param name="correspDesc" as="element(tei:correspDesc)"/>
    <xsl:param name="types" as="xs:string+"/>
    <xsl:sequence select="$correspDesc/tei:correspAction[@type = $types]/*[tk:name-kind(.) = ('person', 'organisation')][tk:plain-text(.)]"/>
  </xsl:function>

  <!-- names an action holds that call themselves a party of the other action -->
  <xsl:function name="tk:misplaced-parties" as="element()*">
    <xsl:param name="action" as="element(tei:correspAction)"/>
    <xsl:variable name="other-words" as="xs:string*" select="$tkp:other-role-words(string($action/@type))"/>
    <xsl:sequence select="$action/*[tokenize(lower-case(string-join((@type, @role), ' '))) = $other-words]"/>
  </xsl:function>

  <!-- "Alfred Escher is typed "addressee" in the correspAction of type "sent"" -->
  <xsl:function name="tk:misplacement" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="tk:plain-text($name) || ' is typed &quot;' || normalize-space(string-join(($name/@type, $name/@role), ' '))
        || '&quot; in the correspAction of type &quot;' || $name/../@type || '&quot;'"/>
  </xsl:function>

  <!--
    The URIs that identify a name in authority files: the absolute http(s) URIs of its @ref as they
    stand; a local pointer (#pmb2121) is followed to the entry it names (listPerson/person,
    listPlace/place …), whose idnos in an authority file are taken.
  -->
  <xsl:function name="tk:authority-uris" as="xs:string*">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="refs" as="xs:string*" select="tokenize(normalize-space($name/@ref))"/>
    <xsl:sequence select="tk:distinct((
        $refs[tk:is-web-uri(.)],
        $refs[starts-with(., '#')] ! id(substring(., 2), root($name))/tei:idno ! normalize-space()[matches(., $tkp:authority-pattern)]))"/>
  </xsl:function>

  <xsl:function name="tk:is-web-uri" as="xs:boolean">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="matches($value, '^https?://\S+$') and $value castable as xs:anyURI"/>
  </xsl:function>

  <!-- the values in the order they first come, each once (distinct-values leaves the order open) -->
  <xsl:function name="tk:distinct" as="xs:string*">
    <xsl:param name="values" as="xs:string*"/>
    <xsl:for-each-group select="$values" group-by=".">
      <xsl:sequence select="current-grouping-key()"/>
    </xsl:for-each-group>
  </xsl:function>

</xsl:stylesheet>
