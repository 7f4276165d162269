// the project the archetype wrote
def project = new File(basedir, 'river-report')
assert new File(project, 'pom.xml').isFile()
def pom = new File(project, 'pom.xml').getText('UTF-8')
assert pom.contains('<artifactId>river-report</artifactId>')
assert pom.contains('<artifactId>impact-site-maven-plugin</artifactId>')
assert !pom.contains('@project.version@') : 'the plugin version is filled in'
def site = new File(project, 'src/impact/site.yaml').getText('UTF-8')
assert site.contains('title: "Rivers"')
assert site.contains('baseUrl: https://rivers.example.org/report/')
assert site.contains('language: zh-CN')
for (f in ['.gitignore', '.mvn/jvm.config', '.vscode/settings.json', '.github/workflows/report.yml',
           '.impact-site/site.schema.json', '.impact-site/case-study.schema.json',
           'src/impact/case-studies/example-campaign.md', 'src/impact/pages/about.md', 'src/impact/assets/logo.svg']) {
    assert new File(project, f).isFile() : f
}
assert new File(project, '.mvn/jvm.config').getText('UTF-8').contains('-XX:TieredStopAtLevel=1') : 'a third off a cold build'
def workflow = new File(project, '.github/workflows/report.yml').getText('UTF-8')
assert workflow.contains('actions/cache@') && workflow.contains('path: ~/.cache/impact-site') : 'CI keeps the charts and pictures between runs'
// the Markdown is as written (## headings are not read as template comments)
assert new File(project, 'src/impact/case-studies/example-campaign.md').getText('UTF-8').contains('## How it started')

// and it builds at once, with the plugin from this build: mvn site:generate-impact in the new project
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def settings = new File(basedir, '../interpolated-settings.xml')
def cache = new File(basedir, 'impact-cache')
def command = [mvn, '-B', '-Dmaven.repo.local=' + localRepositoryPath, '-Dimpact.cache=' + cache.path, 'site:generate-impact']
if (settings.isFile()) {
    command.addAll(1, ['-s', settings.path])
}
def process = new ProcessBuilder(command).directory(project).redirectErrorStream(true).start()
def out = process.inputStream.getText('UTF-8')
new File(basedir, 'generated-build.log').text = out
assert process.waitFor() == 0 : out
assert out.contains('impact-site: wrote')
assert !out.contains('[WARNING] src/impact') : 'the example case study has no warning: ' + out
def home = new File(project, 'target/impact-site/index.html')
assert home.isFile()
assert home.getText('UTF-8').contains('Rivers')
assert new File(project, 'target/impact-site/case-studies/example-campaign/index.html').isFile()
assert new File(project, 'target/impact-site/about/index.html').isFile()
assert new File(cache, 'charts').list().length > 0 : 'the charts are kept in the cache named'
