"""The models of the site's own pages moved here from iawp_site with their tables (issue #17): the
migration state learns of them, the database is left as it is."""

import content.models
import content.xml_text
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('iawp_site', '0008_draft_of_changes'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='Page',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('key', models.SlugField(help_text="Fixed name used by the site to find this page, for example 'about'.", unique=True, verbose_name='key')),
                    ('title', models.CharField(blank=True, max_length=200, validators=[content.xml_text.validate_single_line], verbose_name='title')),
                    ('title_en', models.CharField(blank=True, max_length=200, null=True, validators=[content.xml_text.validate_single_line], verbose_name='title')),
                    ('title_es', models.CharField(blank=True, max_length=200, null=True, validators=[content.xml_text.validate_single_line], verbose_name='title')),
                    ('title_fr', models.CharField(blank=True, max_length=200, null=True, validators=[content.xml_text.validate_single_line], verbose_name='title')),
                    ('title_pt_br', models.CharField(blank=True, max_length=200, null=True, validators=[content.xml_text.validate_single_line], verbose_name='title')),
                    ('summary', models.TextField(blank=True, validators=[content.xml_text.validate_xml_text], verbose_name='summary')),
                    ('summary_en', models.TextField(blank=True, null=True, validators=[content.xml_text.validate_xml_text], verbose_name='summary')),
                    ('summary_es', models.TextField(blank=True, null=True, validators=[content.xml_text.validate_xml_text], verbose_name='summary')),
                    ('summary_fr', models.TextField(blank=True, null=True, validators=[content.xml_text.validate_xml_text], verbose_name='summary')),
                    ('summary_pt_br', models.TextField(blank=True, null=True, validators=[content.xml_text.validate_xml_text], verbose_name='summary')),
                    ('body', models.TextField(blank=True, verbose_name='text')),
                    ('body_en', models.TextField(blank=True, null=True, verbose_name='text')),
                    ('body_es', models.TextField(blank=True, null=True, verbose_name='text')),
                    ('body_fr', models.TextField(blank=True, null=True, verbose_name='text')),
                    ('body_pt_br', models.TextField(blank=True, null=True, verbose_name='text')),
                    ('original_language', models.CharField(choices=[('en', 'English'), ('es', 'Español'), ('fr', 'Français'), ('pt-br', 'Português (Brasil)')], default='en', max_length=10, verbose_name='original language')),
                    ('updated_at', models.DateTimeField(auto_now=True, verbose_name='last changed')),
                ],
                options={
                    'verbose_name': 'page',
                    'verbose_name_plural': 'pages',
                    'db_table': 'iawp_site_page',
                },
                bases=(content.models.TranslatedTextMixin, models.Model),
            ),
            migrations.CreateModel(
                name='SiteSettings',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('tagline', models.CharField(blank=True, default='', help_text='Who the Alliance is, in one sentence, at the top of the home page.', max_length=300, verbose_name='tagline')),
                    ('tagline_en', models.CharField(blank=True, default='', help_text='Who the Alliance is, in one sentence, at the top of the home page.', max_length=300, null=True, verbose_name='tagline')),
                    ('tagline_es', models.CharField(blank=True, default='', help_text='Who the Alliance is, in one sentence, at the top of the home page.', max_length=300, null=True, verbose_name='tagline')),
                    ('tagline_fr', models.CharField(blank=True, default='', help_text='Who the Alliance is, in one sentence, at the top of the home page.', max_length=300, null=True, verbose_name='tagline')),
                    ('tagline_pt_br', models.CharField(blank=True, default='', help_text='Who the Alliance is, in one sentence, at the top of the home page.', max_length=300, null=True, verbose_name='tagline')),
                    ('introduction', models.TextField(blank=True, help_text='A short paragraph under the tagline on the home page.', verbose_name='introduction')),
                    ('introduction_en', models.TextField(blank=True, help_text='A short paragraph under the tagline on the home page.', null=True, verbose_name='introduction')),
                    ('introduction_es', models.TextField(blank=True, help_text='A short paragraph under the tagline on the home page.', null=True, verbose_name='introduction')),
                    ('introduction_fr', models.TextField(blank=True, help_text='A short paragraph under the tagline on the home page.', null=True, verbose_name='introduction')),
                    ('introduction_pt_br', models.TextField(blank=True, help_text='A short paragraph under the tagline on the home page.', null=True, verbose_name='introduction')),
                ],
                options={
                    'verbose_name': 'site texts',
                    'verbose_name_plural': 'site texts',
                    'db_table': 'iawp_site_sitesettings',
                },
            ),
            ],
            # The tables are those iawp_site made: nothing to do in the database.
            database_operations=[],
        ),
    ]
