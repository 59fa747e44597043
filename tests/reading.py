"""Reading rendered pages the way a visitor (or a crawler) meets them."""

import lxml.html


def parse(response):
    return lxml.html.fromstring(response.content.decode())


def texts(tree, xpath: str) -> list[str]:
    return [" ".join(node.text_content().split()) for node in tree.xpath(xpath)]


def hreflang_links(tree) -> dict[str, str]:
    return {
        link.get("hreflang"): link.get("href")
        for link in tree.xpath('//head/link[@rel="alternate"][@hreflang]')
    }


def switcher_links(tree) -> dict[str, str]:
    return {a.get("lang"): a.get("href") for a in tree.xpath('//nav[@class="languages"]//a')}


def canonical(tree) -> str:
    return tree.xpath('//link[@rel="canonical"]/@href')[0]
