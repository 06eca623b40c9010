namespace OfficeInfra.Documents.Tests.Word;

/// <summary>The styles part both built-in templates share: one sans-serif family, a clear heading hierarchy, table styles.</summary>
internal static class TemplateStyles
{
    private const string Navy = "1F3864", Blue = "2E74B5", Grey = "595959";

    /// <param name="language">Word's language for Latin text (<see cref="TemplatePhrases.WordLanguage"/>).</param>
    /// <param name="italics">False for a script that has no italics (Chinese): a slant would only distort the
    /// characters, so emphasis is colour alone.</param>
    public static string Xml(string language, bool italics = true) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles {WordXml.Namespaces}>
        <w:docDefaults>
          <w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Microsoft YaHei" w:cs="Calibri"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="{language}" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
          <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
        </w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="262626"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
          <w:pPr><w:spacing w:before="0" w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="{Navy}"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
          <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="6" w:color="{Blue}"/></w:pBdr><w:spacing w:after="240"/></w:pPr><w:rPr><w:color w:val="{Grey}"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
          <w:pPr><w:keepNext/><w:spacing w:before="320" w:after="100"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="{Navy}"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
          <w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="{Blue}"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="LeadIn"><w:name w:val="Lead-in"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
          <w:pPr><w:keepNext/><w:keepLines/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Callout"><w:name w:val="Callout"/><w:basedOn w:val="Normal"/><w:qFormat/>
          <w:pPr><w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="C00000"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FBE5E1"/><w:spacing w:before="120" w:after="200"/><w:ind w:left="170"/></w:pPr><w:rPr><w:color w:val="7B1E12"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="TableTextKeep"><w:name w:val="Table Text (keep with next)"/><w:basedOn w:val="TableText"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="TableLabel"><w:name w:val="Table Label"/><w:basedOn w:val="TableText"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:color w:val="{Navy}"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="TableText"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="ControlText"><w:name w:val="Control Text"/><w:basedOn w:val="TableText"/><w:qFormat/><w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="ControlLabel"><w:name w:val="Control Label"/><w:basedOn w:val="ControlText"/><w:qFormat/><w:rPr><w:b/><w:color w:val="{Navy}"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>
          <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="BFBFBF"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="{Grey}"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
          <w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="BFBFBF"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="{Grey}"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
        <w:style w:type="character" w:styleId="Warning"><w:name w:val="Warning"/><w:qFormat/><w:rPr>{(italics ? "<w:i/>" : "")}<w:color w:val="C00000"/></w:rPr></w:style>
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        <w:style w:type="table" w:styleId="OfficeInfraTable"><w:name w:val="OfficeInfra Table"/><w:basedOn w:val="TableNormal"/><w:qFormat/>
          <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFC9D9"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFC9D9"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFC9D9"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFC9D9"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFC9D9"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFC9D9"/></w:tblBorders>
          <w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        </w:styles>
        """;
}
