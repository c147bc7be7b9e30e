"""Benchmark tooling: writes N help articles (8 categories, realistic Markdown: headings, lists, links, inline code,
code blocks, a table every fourth article) into a Portico site and a Hugo site with equivalent templates."""
import os, random, sys

n, portico_root, hugo_root = int(sys.argv[1]), sys.argv[2], sys.argv[3]
random.seed(20261129)
words = ("member renewal invoice event ticket chapter committee certificate course resource sponsor directory profile "
         "payment receipt deadline policy board election volunteer newsletter conference workshop speaker agenda venue "
         "harbour engineer design survey tide dredging breakwater quay mooring vessel cargo safety inspection standard "
         "the a of to and in for with on at by from as is are").split()
categories = ["start", "billing", "events", "learning", "directory", "governance", "volunteering", "technical"]

def sentence(low=8, high=18):
    return " ".join(random.choice(words) for _ in range(random.randint(low, high))).capitalize() + "."

def article(i):
    parts = []
    for s in range(random.randint(2, 4)):
        parts.append(f"## {sentence(3, 6)[:-1]}\n\n" + " ".join(sentence() for _ in range(random.randint(3, 6))) + "\n")
        parts.append("\n".join(f"- {sentence(4, 9)} See [{random.choice(words)}](https://example.org/{i}/{s}) and `{random.choice(words)}`."
                               for _ in range(random.randint(2, 5))) + "\n")
        if random.random() < 0.5:
            parts.append(f"```\nportico-admin {random.choice(words)} --id {i}\n```\n")
    if i % 4 == 0:
        parts.append("| field | meaning |\n|---|---|\n" + "\n".join(f"| {random.choice(words)} | {sentence(3, 6)} |" for _ in range(4)) + "\n")
    return "\n".join(parts)

for root in (portico_root, hugo_root):
    for category in categories:
        os.makedirs(f"{root}/content/help/{category}", exist_ok=True)
        with open(f"{root}/content/help/{category}/_index.md", "w") as f:
            f.write(f"---\ntitle: {category.title()}\n---\nArticles about {category}.\n")
    os.makedirs(f"{root}/content", exist_ok=True)
    with open(f"{root}/content/_index.md", "w") as f:
        f.write("---\ntitle: Home\n---\nWelcome.\n")
for i in range(n):
    category = categories[i % len(categories)]
    text = f"---\ntitle: \"{sentence(3, 7)[:-1]} {i}\"\ntags: [{random.choice(words)}, {random.choice(words)}]\n---\n" + article(i)
    for root in (portico_root, hugo_root):
        with open(f"{root}/content/help/{category}/article-{i}.md", "w") as f:
            f.write(text)

# Hugo: the same pages with equivalent templates (article, paginated category lists of 50, home).
layouts = f"{hugo_root}/layouts/_default"
os.makedirs(layouts, exist_ok=True)
with open(f"{hugo_root}/hugo.toml", "w") as f:
    f.write('baseURL = "https://example.org/"\ntitle = "Bench"\ndisableKinds = ["taxonomy", "term", "RSS"]\n[pagination]\npagerSize = 50\n')
base_head = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>'
with open(f"{layouts}/single.html", "w") as f:
    f.write(base_head + '<nav>{{ with .Parent }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav><h1>{{ .Title }}</h1>'
            '{{ .TableOfContents }}{{ .Content }}'
            '{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}'
            '{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}'
            '{{ $related := .Site.RegularPages.Related . | first 3 }}<ul>{{ range $related }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'
            '</main></body></html>')
with open(f"{layouts}/list.html", "w") as f:
    f.write(base_head + '<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>'
            '<p>{{ .Summary | plainify | truncate 180 }}</p></li>{{ end }}</ul>'
            '{{ with .Paginator.Prev }}<a rel="prev" href="{{ .URL }}">prev</a>{{ end }}{{ with .Paginator.Next }}<a rel="next" href="{{ .URL }}">next</a>{{ end }}'
            '</main></body></html>')
with open(f"{layouts}/index.html", "w") as f:
    f.write(base_head + '<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>')
