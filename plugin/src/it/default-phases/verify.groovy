def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
def validate = log.indexOf(':validate-impact (default)')
def generate = log.indexOf(':generate-impact (default)')
assert validate >= 0 : 'validate-impact ran in the validate phase'
assert generate > validate : 'generate-impact ran after it, in package'
assert new File(basedir, 'target/impact-site/index.html').isFile()
