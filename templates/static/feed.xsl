<?xml version="1.0" encoding="utf-8"?>
<!-- How a browser shows an Atom feed of this site: a readable page instead of raw XML.
     Feed readers ignore it. Every value is output as text (xsl:value-of), never as markup. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:a="http://www.w3.org/2005/Atom" exclude-result-prefixes="a">
<xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
<xsl:template match="/a:feed">
<html lang="{@xml:lang}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title><xsl:value-of select="a:title"/>（订阅源）</title>
<style>
body{margin:0;font:16px/1.7 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#fff}
main{max-width:46rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.5rem;margin:.5rem 0}
.about{background:#f3f1ea;border-left:4px solid #7a5c00;padding:.75rem 1rem;margin:1rem 0}
.about code{word-break:break-all}
ol{list-style:none;padding:0;margin:0}
li{border-bottom:1px solid #ddd;padding:.75rem 0}
li h2{font-size:1.1rem;margin:0}
a{color:#0b4f8a}
.meta{color:#555;font-size:.9rem;margin:.2rem 0}
.summary{margin:.3rem 0 0}
</style>
</head>
<body>
<main>
<h1><xsl:value-of select="a:title"/></h1>
<xsl:if test="a:subtitle"><p><xsl:value-of select="a:subtitle"/></p></xsl:if>
<div class="about">
<p>这是 Atom 订阅源：把本页地址复制到 RSS/Atom 阅读器中即可订阅，有新文章时阅读器会提示。</p>
<p>订阅地址：<code><xsl:value-of select="a:link[@rel='self']/@href"/></code></p>
<p><a href="{a:link[@rel='alternate']/@href}">返回网站</a></p>
</div>
<ol class="entries">
<xsl:for-each select="a:entry">
<li>
<h2><a href="{a:link[@rel='alternate']/@href}"><xsl:value-of select="a:title"/></a></h2>
<p class="meta"><time datetime="{substring(a:published,1,10)}"><xsl:value-of select="substring(a:published,1,10)"/></time>
<xsl:for-each select="a:author"><xsl:text> · </xsl:text><xsl:value-of select="a:name"/></xsl:for-each></p>
<xsl:if test="a:summary"><p class="summary"><xsl:value-of select="a:summary"/></p></xsl:if>
</li>
</xsl:for-each>
</ol>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
