"""The models of shared content moved here from iawp_site with their tables (issue #17): the
migration state learns of them, the database is left as it is."""

import content.image_files
import content.images
import content.models
import content.xml_text
import django.db.models.deletion
import django.utils.timezone
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
                name='Content',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('title', models.CharField(blank=True, max_length=200, validators=[content.xml_text.validate_single_line], verbose_name='title')),
                    ('title_en', models.CharField(blank=True, max_length=200, null=True, validators=[content.xml_text.validate_single_line], verbose_name='title')),
                    ('title_es', models.CharField(blank=True, max_length=200, null=True, validators=[content.xml_text.validate_single_line], verbose_name='title')),
                    ('title_fr', models.CharField(blank=True, max_length=200, null=True, validators=[content.xml_text.validate_single_line], verbose_name='title')),
                    ('title_pt_br', models.CharField(blank=True, max_length=200, null=True, validators=[content.xml_text.validate_single_line], verbose_name='title')),
                    ('slug', models.SlugField(blank=True, help_text="The last part of the page's web address. Filled in from the title if empty.", max_length=200, verbose_name='address')),
                    ('slug_en', models.SlugField(blank=True, help_text="The last part of the page's web address. Filled in from the title if empty.", max_length=200, null=True, verbose_name='address')),
                    ('slug_es', models.SlugField(blank=True, help_text="The last part of the page's web address. Filled in from the title if empty.", max_length=200, null=True, verbose_name='address')),
                    ('slug_fr', models.SlugField(blank=True, help_text="The last part of the page's web address. Filled in from the title if empty.", max_length=200, null=True, verbose_name='address')),
                    ('slug_pt_br', models.SlugField(blank=True, help_text="The last part of the page's web address. Filled in from the title if empty.", max_length=200, null=True, verbose_name='address')),
                    ('summary', models.TextField(blank=True, help_text='One or two sentences shown in lists and when the page is shared.', validators=[content.xml_text.validate_xml_text], verbose_name='summary')),
                    ('summary_en', models.TextField(blank=True, help_text='One or two sentences shown in lists and when the page is shared.', null=True, validators=[content.xml_text.validate_xml_text], verbose_name='summary')),
                    ('summary_es', models.TextField(blank=True, help_text='One or two sentences shown in lists and when the page is shared.', null=True, validators=[content.xml_text.validate_xml_text], verbose_name='summary')),
                    ('summary_fr', models.TextField(blank=True, help_text='One or two sentences shown in lists and when the page is shared.', null=True, validators=[content.xml_text.validate_xml_text], verbose_name='summary')),
                    ('summary_pt_br', models.TextField(blank=True, help_text='One or two sentences shown in lists and when the page is shared.', null=True, validators=[content.xml_text.validate_xml_text], verbose_name='summary')),
                    ('body', models.TextField(blank=True, verbose_name='text')),
                    ('body_en', models.TextField(blank=True, null=True, verbose_name='text')),
                    ('body_es', models.TextField(blank=True, null=True, verbose_name='text')),
                    ('body_fr', models.TextField(blank=True, null=True, verbose_name='text')),
                    ('body_pt_br', models.TextField(blank=True, null=True, verbose_name='text')),
                    ('image', content.image_files.RestorableImageField(blank=True, height_field='image_height', help_text='JPEG, PNG or WebP, at most 10 MB. Smaller copies are made for phones.', upload_to=content.image_files.image_upload_to, validators=[content.images.validate_image_upload], verbose_name='image', width_field='image_width')),
                    ('image_width', models.PositiveIntegerField(blank=True, editable=False, null=True)),
                    ('image_height', models.PositiveIntegerField(blank=True, editable=False, null=True)),
                    ('image_alt', models.CharField(blank=True, help_text='What the image shows, for people who cannot see it. Required with an image.', max_length=300, validators=[content.xml_text.validate_single_line], verbose_name='image description')),
                    ('image_alt_en', models.CharField(blank=True, help_text='What the image shows, for people who cannot see it. Required with an image.', max_length=300, null=True, validators=[content.xml_text.validate_single_line], verbose_name='image description')),
                    ('image_alt_es', models.CharField(blank=True, help_text='What the image shows, for people who cannot see it. Required with an image.', max_length=300, null=True, validators=[content.xml_text.validate_single_line], verbose_name='image description')),
                    ('image_alt_fr', models.CharField(blank=True, help_text='What the image shows, for people who cannot see it. Required with an image.', max_length=300, null=True, validators=[content.xml_text.validate_single_line], verbose_name='image description')),
                    ('image_alt_pt_br', models.CharField(blank=True, help_text='What the image shows, for people who cannot see it. Required with an image.', max_length=300, null=True, validators=[content.xml_text.validate_single_line], verbose_name='image description')),
                    ('image_caption', models.CharField(blank=True, help_text='Shown under the image.', max_length=300, validators=[content.xml_text.validate_single_line], verbose_name='image caption')),
                    ('image_caption_en', models.CharField(blank=True, help_text='Shown under the image.', max_length=300, null=True, validators=[content.xml_text.validate_single_line], verbose_name='image caption')),
                    ('image_caption_es', models.CharField(blank=True, help_text='Shown under the image.', max_length=300, null=True, validators=[content.xml_text.validate_single_line], verbose_name='image caption')),
                    ('image_caption_fr', models.CharField(blank=True, help_text='Shown under the image.', max_length=300, null=True, validators=[content.xml_text.validate_single_line], verbose_name='image caption')),
                    ('image_caption_pt_br', models.CharField(blank=True, help_text='Shown under the image.', max_length=300, null=True, validators=[content.xml_text.validate_single_line], verbose_name='image caption')),
                    ('image_credit', models.CharField(blank=True, help_text='Who took or made the image, as they wish to be credited.', max_length=200, validators=[content.xml_text.validate_single_line], verbose_name='image credit')),
                    ('image_renditions', models.JSONField(blank=True, default=list, editable=False)),
                    ('region', models.CharField(choices=[('africa', 'Africa'), ('asia-pacific', 'Asia-Pacific'), ('europe', 'Europe'), ('latin-america', 'Latin America'), ('north-america', 'North America'), ('global', 'Global')], default='global', max_length=20, verbose_name='region')),
                    ('original_language', models.CharField(choices=[('en', 'English'), ('es', 'Español'), ('fr', 'Français'), ('pt-br', 'Português (Brasil)')], default='en', help_text='The language this item was written in. It is shown in this language to visitors whose language has no translation yet.', max_length=10, verbose_name='original language')),
                    ('status', models.CharField(choices=[('draft', 'Draft'), ('review', 'In review'), ('published', 'Published')], default='draft', max_length=10, verbose_name='status')),
                    ('published_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, help_text='A published item with a time in the future appears on the site at that time.', verbose_name='publication time')),
                    ('featured', models.BooleanField(default=False, help_text='Featured items are shown first on the home page.', verbose_name='featured')),
                    ('translator', models.CharField(blank=True, help_text='Who translated this language version, as shown on the page.', max_length=200, validators=[content.xml_text.validate_single_line], verbose_name='translated by')),
                    ('translator_en', models.CharField(blank=True, help_text='Who translated this language version, as shown on the page.', max_length=200, null=True, validators=[content.xml_text.validate_single_line], verbose_name='translated by')),
                    ('translator_es', models.CharField(blank=True, help_text='Who translated this language version, as shown on the page.', max_length=200, null=True, validators=[content.xml_text.validate_single_line], verbose_name='translated by')),
                    ('translator_fr', models.CharField(blank=True, help_text='Who translated this language version, as shown on the page.', max_length=200, null=True, validators=[content.xml_text.validate_single_line], verbose_name='translated by')),
                    ('translator_pt_br', models.CharField(blank=True, help_text='Who translated this language version, as shown on the page.', max_length=200, null=True, validators=[content.xml_text.validate_single_line], verbose_name='translated by')),
                    ('translation_sources', models.JSONField(blank=True, default=dict, editable=False)),
                    ('translated_on', models.JSONField(blank=True, default=dict, editable=False)),
                    ('translation_state', models.JSONField(blank=True, default=dict, editable=False)),
                    ('edit_version', models.PositiveIntegerField(default=0, editable=False)),
                    ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                    ('updated_at', models.DateTimeField(auto_now=True, verbose_name='last changed')),
                ],
                options={
                    'verbose_name': 'content item',
                    'verbose_name_plural': 'content items',
                    'db_table': 'iawp_site_content',
                    'ordering': ['-published_at'],
                    'permissions': [('edit_all_regions', 'Can edit content of every region')],
                    'indexes': [models.Index(fields=['status', '-published_at'], name='iawp_site_c_status_7bbe03_idx'), models.Index(condition=models.Q(('featured', True)), fields=['status', '-published_at'], name='content_featured_idx'), models.Index(fields=['region', 'status', '-published_at'], name='iawp_site_c_region_ca2284_idx')],
                },
                bases=(content.models.TranslatedTextMixin, models.Model),
            ),
            migrations.CreateModel(
                name='FormerSlug',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('language', models.CharField(choices=[('en', 'English'), ('es', 'Español'), ('fr', 'Français'), ('pt-br', 'Português (Brasil)')], max_length=10)),
                    ('slug', models.SlugField(max_length=200)),
                    ('created_at', models.DateTimeField(auto_now_add=True)),
                    ('content', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='former_slugs', to='content.content')),
                ],
                options={
                    'db_table': 'iawp_site_formerslug',
                    'indexes': [models.Index(fields=['slug', 'language'], name='iawp_site_f_slug_8597d4_idx')],
                    'constraints': [models.UniqueConstraint(fields=('content', 'language', 'slug'), name='one_row_per_former_slug')],
                },
            ),
            ],
            # The tables are those iawp_site made: nothing to do in the database.
            database_operations=[],
        ),
    ]
